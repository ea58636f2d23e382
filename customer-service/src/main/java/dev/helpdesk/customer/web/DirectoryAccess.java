package dev.helpdesk.customer.web;

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
 * Who may use the directory: staff and integrations read; admins change; a customer reads only
 * their own record and assets (checked by the controllers, which answer 404 for anyone else's, as for
 * tickets). Checked before the request body is read, so a caller without the right learns nothing
 * from validation.
 */
class DirectoryAccess implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.current();
        boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        if (reading && caller.isCustomerOnly() && isOneCustomer(request.getRequestURI())) {
            return true;
        }
        boolean allowed = reading
                ? caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.INTEGRATION)
                : caller.has(Role.ADMIN);
        if (!allowed) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, reading ? "The caller's roles do not allow reading the directory"
                            : "Only an admin may change the directory"), null);
        }
        return true;
    }

    private static boolean isOneCustomer(String path) {
        return path.matches(CustomerController.PATH + "/[^/]+(/assets)?/?");
    }
}
