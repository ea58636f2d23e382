package dev.helpdesk.escalation.admin.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who may use SLA policies and calendars (DESIGN.md section 6): agents, supervisors and admins
 * read them, to see what a ticket was promised; only admins change them. Customers and
 * integrations have no business with internal targets. Checked before the body is read, so a
 * caller without the right learns nothing from validation.
 */
class AdminAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.current();
        boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        boolean allowed = reading ? caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN) : caller.has(Role.ADMIN);
        if (!allowed) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    reading ? "Only agents, supervisors and admins may read SLA policies and calendars"
                            : "Only an admin may change SLA policies and calendars"), null);
        }
        return true;
    }
}
