package dev.helpdesk.gateway.security;

import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts the client's roles, support groups and customer id into its access tokens.
 * The {@code sub} stays the client id, which is also the agent id the services record.
 */
@Component
class ClientClaimsTokenCustomizer implements OAuth2TokenCustomizer<JwtEncodingContext> {

    static final String ROLES = "roles";
    static final String GROUPS = "groups";
    static final String CUSTOMER_ID = "customer_id";

    private final ClientClaimsProperties properties;

    ClientClaimsTokenCustomizer(ClientClaimsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        // Only a client acting for itself may carry the client's claims: should a
        // user-facing grant be added later, its tokens must not inherit them.
        if (!OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())
                || !AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
            return;
        }
        ClientClaims claims = properties.claimsOf(context.getRegisteredClient().getClientId());
        context.getClaims().claim(ROLES, claims.roles()).claim(GROUPS, claims.groups());
        if (claims.customerId() != null) {
            context.getClaims().claim(CUSTOMER_ID, claims.customerId());
        }
    }
}
