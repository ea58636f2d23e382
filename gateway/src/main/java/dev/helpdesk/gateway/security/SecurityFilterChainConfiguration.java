package dev.helpdesk.gateway.security;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.resource.OAuth2ResourceServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Three chains, first match wins: the issuer's endpoints, the API (a token is needed),
 * and everything else (only health, metrics, info and the dashboard's page are open). In the
 * API only the satisfaction links ({@code /api/v1/surveys/<token>}) need no token.
 * Defining our own chains switches off Boot's default authorization-server chain, so the
 * first one recreates it.
 */
@Configuration(proxyBeanMethods = false)
class SecurityFilterChainConfiguration {

    private final ProblemDetailAuthenticationEntryPoint entryPoint;

    private final ProblemDetailAccessDeniedHandler accessDeniedHandler;

    private final HelpdeskSecurityProperties properties;

    SecurityFilterChainConfiguration(@Qualifier("handlerExceptionResolver") HandlerExceptionResolver problemWriter,
            HelpdeskSecurityProperties properties) {
        this.entryPoint = new ProblemDetailAuthenticationEntryPoint(problemWriter);
        this.accessDeniedHandler = new ProblemDetailAccessDeniedHandler(problemWriter);
        this.properties = properties;
    }

    /** {@code /oauth2/token}, {@code /oauth2/jwks} and the issuer's metadata. */
    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) {
        http.oauth2AuthorizationServer(server -> http.securityMatcher(server.getEndpointsMatcher()));
        http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
        return http.build();
    }

    /**
     * Any valid token passes: which role may do what is decided by the service that owns
     * the data, which validates the same token again. The satisfaction links of the
     * notification mails (customer-service) are answered without a login: the signed,
     * single-use token in their path is the credential, checked by the service.
     */
    @Bean
    @Order(2)
    SecurityFilterChain apiChain(HttpSecurity http) {
        http.securityMatcher("/api/**", "/.well-known/oauth-protected-resource",
                "/.well-known/oauth-protected-resource/**");
        http.authorizeHttpRequests(requests -> requests.requestMatchers("/api/v1/surveys/*")
            .permitAll()
            .anyRequest()
            .authenticated());
        http.oauth2ResourceServer(resourceServer -> bearerTokens(resourceServer)
            .protectedResourceMetadata(metadata -> metadata.protectedResourceMetadataCustomizer(
                    builder -> builder.authorizationServer(properties.issuer()))));
        statelessWithProblemDetails(http);
        return http.build();
    }

    /**
     * Health, metrics and info are open. A bearer token is still read when present, so
     * that an admin's token unlocks the health details ({@code show-details: when-authorized}).
     */
    @Bean
    @Order(3)
    SecurityFilterChain everythingElseChain(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
            .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/prometheus", "/actuator/info",
                    "/error")
            .permitAll()
            // The ops dashboard's page and files (reporting-service): no data, so no token; the
            // page signs in at /oauth2/token and reads /api/** with the token like any client.
            .requestMatchers("/dashboard", "/dashboard/**")
            .permitAll()
            .anyRequest()
            .denyAll());
        http.oauth2ResourceServer(this::bearerTokens);
        statelessWithProblemDetails(http);
        return http.build();
    }

    private OAuth2ResourceServerConfigurer<HttpSecurity> bearerTokens(
            OAuth2ResourceServerConfigurer<HttpSecurity> resourceServer) {
        // The JwtAuthenticationConverter bean Boot builds from
        // spring.security.oauth2.resourceserver.jwt.authorities-claim-name/-prefix is used.
        return resourceServer.jwt(Customizer.withDefaults())
            .authenticationEntryPoint(entryPoint)
            .accessDeniedHandler(accessDeniedHandler);
    }

    private void statelessWithProblemDetails(HttpSecurity http) {
        http.sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS));
        // Callers authenticate with a header, never a cookie, so there is nothing to forge.
        http.csrf(csrf -> csrf.disable());
        http.exceptionHandling(exceptions -> exceptions.authenticationEntryPoint(entryPoint)
            .accessDeniedHandler(accessDeniedHandler));
    }
}
