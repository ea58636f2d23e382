package dev.helpdesk.customer.alert.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Only integrations (the service account the Alertmanager posts with) and admins may post alerts.
 * Checked before the body is read, so a caller without the right learns nothing from validation.
 */
class AlertmanagerAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!Caller.current().hasAny(Role.INTEGRATION, Role.ADMIN)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Only an integration or an admin may post monitoring alerts"), null);
        }
        return true;
    }
}
