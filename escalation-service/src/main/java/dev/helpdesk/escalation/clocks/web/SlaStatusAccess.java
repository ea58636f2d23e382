package dev.helpdesk.escalation.clocks.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who may read a ticket's SLA status: agents, supervisors and admins, like the policies it comes
 * from (decisions D24). DESIGN.md section 6 lets a customer see their own tickets but says nothing
 * of internal targets, and this service does not know which customer may see which ticket; so
 * customers and integrations get 403 until that is decided.
 */
class SlaStatusAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!Caller.current().hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    "Only agents, supervisors and admins may read SLA statuses and escalations"), null);
        }
        return true;
    }
}
