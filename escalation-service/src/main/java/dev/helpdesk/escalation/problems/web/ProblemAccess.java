package dev.helpdesk.escalation.problems.web;

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
 * Who may use problem candidates: agents, supervisors and admins read them (recurring incidents are
 * the desk's own business, like SLA statuses); only a supervisor turns one into a problem or
 * dismisses it (issue 4, item 6). Customers and integrations get 403. Checked before the body is
 * read.
 */
class ProblemAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.current();
        boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        boolean allowed = reading ? caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN) : caller.has(Role.SUPERVISOR);
        if (!allowed) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    reading ? "Only agents, supervisors and admins may read problem candidates"
                            : "Only a supervisor may turn a problem candidate into a problem or dismiss it"), null);
        }
        return true;
    }
}
