package dev.helpdesk.gateway.security;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a client's tokens say about it: the services authorise on these claims.
 *
 * @param roles role names without prefix, e.g. {@code AGENT}
 * @param groups ids of the support groups the client works in
 * @param customerId the customer a {@code CUSTOMER} client acts as, otherwise null
 */
public record ClientClaims(List<String> roles, List<String> groups, @Nullable String customerId) {

    public static final ClientClaims NONE = new ClientClaims(List.of(), List.of(), null);

    public ClientClaims {
        roles = roles == null ? List.of() : List.copyOf(roles);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
