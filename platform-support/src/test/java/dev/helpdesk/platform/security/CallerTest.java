package dev.helpdesk.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerTest {

    @Test
    void aCallerIsReadFromTheTokensClaims() {
        Caller caller = Caller.of(token("demo-agent", List.of("AGENT", "SOMETHING_NEW"),
                List.of("service-desk-l1"), null));

        assertThat(caller.id()).isEqualTo("demo-agent");
        assertThat(caller.roles()).containsExactly(Role.AGENT);
        assertThat(caller.groups()).containsExactly("service-desk-l1");
        assertThat(caller.customerId()).isNull();
        assertThat(caller.isCustomerOnly()).isFalse();
    }

    @Test
    void aCustomerCarriesTheirCustomerId() {
        Caller caller = Caller.of(token("demo-customer", List.of("CUSTOMER"), List.of(), "c-1"));

        assertThat(caller.isCustomerOnly()).isTrue();
        assertThat(caller.customerId()).isEqualTo("c-1");
    }

    @Test
    void aTokenWithoutRolesOrGroupsGivesAnEmptyCaller() {
        Caller caller = Caller.of(Jwt.withTokenValue("t").header("alg", "RS256").subject("x")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build());

        assertThat(caller.roles()).isEmpty();
        assertThat(caller.groups()).isEmpty();
        assertThat(caller.hasAny(Role.values())).isFalse();
    }

    private static Jwt token(String subject, List<String> roles, List<String> groups, String customerId) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claim("roles", roles).claim("groups", groups);
        if (customerId != null) {
            builder.claim("customer_id", customerId);
        }
        return builder.build();
    }
}
