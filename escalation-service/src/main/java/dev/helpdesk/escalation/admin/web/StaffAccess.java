package dev.helpdesk.escalation.admin.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who may use this service's resources (DESIGN.md section 6): agents, supervisors and admins read
 * them (the desk's own business: promised targets, escalations, recurring incidents); only the
 * given roles change them. Customers and integrations get 403. Checked before the body is read,
 * so a caller without the right learns nothing from validation.
 */
public final class StaffAccess implements HandlerInterceptor {

    private static final Role[] STAFF = {Role.AGENT, Role.SUPERVISOR, Role.ADMIN};

    private final Set<Role> changers;
    private final String readDenied;
    private final String changeDenied;

    /**
     * @param changers     who may change (any method but GET and HEAD)
     * @param readDenied   the 403's detail for a reader who is not staff
     * @param changeDenied the 403's detail for a change by anybody else
     */
    public StaffAccess(Set<Role> changers, String readDenied, String changeDenied) {
        this.changers = Set.copyOf(changers);
        this.readDenied = readDenied;
        this.changeDenied = changeDenied;
    }

    /** Staff read and change (resources whose only changes are staff actions). */
    public static StaffAccess staffOnly(String denied) {
        return new StaffAccess(Set.of(STAFF), denied, denied);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        Caller caller = Caller.current();
        boolean reading = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
        boolean allowed = reading ? caller.hasAny(STAFF) : caller.hasAny(changers.toArray(Role[]::new));
        if (!allowed) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                    reading ? readDenied : changeDenied), null);
        }
        return true;
    }
}
