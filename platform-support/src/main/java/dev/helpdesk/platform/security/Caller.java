package dev.helpdesk.platform.security;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, as the token says: the subject (an agent id, a customer's client, a service
 * account), the roles, the support groups and, for a customer, the customer id.
 *
 * @param customerId the customer this caller acts as, or {@code null} if it is not a customer
 */
public record Caller(String id, Set<Role> roles, Set<String> groups, String customerId) {

    public static final String ROLES_CLAIM = "roles";
    public static final String GROUPS_CLAIM = "groups";
    public static final String CUSTOMER_ID_CLAIM = "customer_id";

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
        groups = Set.copyOf(groups);
    }

    /** Reads a validated token; role names this platform does not know are left out. */
    public static Caller of(Jwt token) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : listClaim(token, ROLES_CLAIM)) {
            for (Role role : Role.values()) {
                if (role.name().equals(name)) {
                    roles.add(role);
                }
            }
        }
        return new Caller(token.getSubject(), roles, new LinkedHashSet<>(listClaim(token, GROUPS_CLAIM)),
                token.getClaimAsString(CUSTOMER_ID_CLAIM));
    }

    /**
     * The caller of the request this thread serves, from its validated bearer token. Only for
     * code behind the security chain, which admits no unauthenticated request to {@code /api/**}.
     */
    public static Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt token) {
            return of(token);
        }
        throw new IllegalStateException("No bearer token on a request that requires one");
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... candidates) {
        for (Role role : candidates) {
            if (has(role)) {
                return true;
            }
        }
        return false;
    }

    /** True for a caller whose only standing is being a customer. */
    public boolean isCustomerOnly() {
        return has(Role.CUSTOMER) && !hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN, Role.INTEGRATION);
    }

    private static List<String> listClaim(Jwt token, String claim) {
        List<String> values = token.hasClaim(claim) ? token.getClaimAsStringList(claim) : null;
        return values == null ? List.of() : values;
    }
}
