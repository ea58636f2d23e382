package dev.helpdesk.reporting;

import dev.helpdesk.testsupport.TestIssuer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * Stands in for the gateway's token endpoint at the same origin as the page, as the gateway puts
 * it in production: {@code POST /oauth2/token} with HTTP Basic client credentials and
 * {@code grant_type=client_credentials}, answering {@code access_token} and {@code expires_in}.
 * The tokens come from the test's issuer, which the service validates as it validates the
 * gateway's.
 */
@TestConfiguration(proxyBeanMethods = false)
class DashboardStandIns {

    static final String WALL_SCREEN = "wall-screen";
    static final String WALL_SCREEN_SECRET = "wall-screen-secret";
    static final String CUSTOMER = "demo-customer";
    static final String CUSTOMER_SECRET = "demo-customer-secret";

    @Bean
    @Order(0)
    SecurityFilterChain tokenEndpointStandIn(HttpSecurity http) throws Exception {
        http.securityMatcher("/oauth2/token").authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable());
        return http.build();
    }

    @Bean
    RouterFunction<ServerResponse> tokenEndpoint(TestIssuer issuer) {
        return RouterFunctions.route().POST("/oauth2/token", request -> {
            String basic = request.headers().firstHeader("Authorization");
            String body = request.body(String.class);
            String client = basic == null || !basic.startsWith("Basic ") ? ""
                    : new String(Base64.getDecoder().decode(basic.substring(6)), StandardCharsets.UTF_8);
            if (!body.contains("grant_type=client_credentials")) {
                return ServerResponse.badRequest().body(Map.of("error", "unsupported_grant_type"));
            }
            String token;
            if (client.equals(WALL_SCREEN + ":" + WALL_SCREEN_SECRET)) {
                token = issuer.supervisor(WALL_SCREEN, "service-desk-l1", "network-l2");
            } else if (client.equals(CUSTOMER + ":" + CUSTOMER_SECRET)) {
                token = issuer.customer(CUSTOMER, "c0000000-0000-4000-8000-000000000001");
            } else {
                return ServerResponse.status(HttpStatus.UNAUTHORIZED).body(Map.of("error", "invalid_client"));
            }
            return ServerResponse.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("access_token", token, "token_type", "Bearer", "expires_in", 599));
        }).build();
    }
}
