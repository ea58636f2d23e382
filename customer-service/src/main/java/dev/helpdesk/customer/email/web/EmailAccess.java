package dev.helpdesk.customer.email.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/** Who may use an e-mail endpoint, checked before the body is read (like the alerts' webhook). */
final class EmailAccess implements HandlerInterceptor {

    private final Role[] allowed;
    private final String refusal;

    EmailAccess(String refusal, Role... allowed) {
        this.allowed = Arrays.copyOf(allowed, allowed.length);
        this.refusal = refusal;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!Caller.current().hasAny(allowed)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN,
                    ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, refusal), null);
        }
        return true;
    }
}
