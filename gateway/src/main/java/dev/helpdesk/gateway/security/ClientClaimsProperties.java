package dev.helpdesk.gateway.security;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Per-client claims, keyed by client id ({@code helpdesk.clients.<client-id>.roles} ...).
 * They live beside Boot's {@code spring.security.oauth2.authorizationserver.client.*}
 * because Boot's client registration has no place for custom claims.
 */
@ConfigurationProperties("helpdesk")
public record ClientClaimsProperties(Map<String, ClientClaims> clients) {

    public ClientClaimsProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /** A client without an entry gets no roles, so the services let it do nothing. */
    public ClientClaims claimsOf(String clientId) {
        return clients.getOrDefault(clientId, ClientClaims.NONE);
    }
}
