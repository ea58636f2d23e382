package dev.helpdesk.ticket.groups.web;

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
 * Who may use {@code /api/v1/groups}: staff and integrations read, admins change. Checked before
 * the request body is read, so a caller without the right learns nothing from validation.
 */
class GroupAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.current();
        boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        boolean allowed = reading
                ? caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.INTEGRATION)
                : caller.has(Role.ADMIN);
        if (!allowed) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, reading ? "The caller's roles do not allow reading support groups"
                            : "Only an admin may change support groups"), null);
        }
        return true;
    }
}
