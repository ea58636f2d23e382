package dev.helpdesk.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.oauth2.server.resource.web.access.BearerTokenAccessDeniedHandler;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every service validates the caller's token itself (issuer and signature via the issuer's
 * JWKS), because services are reachable inside the network without passing the gateway.
 * Health and metrics stay open for orchestrators and Prometheus; a token, when sent, still
 * counts there so that health details show to an admin only.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
public class ResourceServerSecurity {

    @Bean
    SecurityFilterChain helpdeskApiSecurity(HttpSecurity http, JsonMapper json) throws Exception {
        ProblemResponses problems = new ProblemResponses(json);
        http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/error")
                        .permitAll()
                        .requestMatchers("/api/**").authenticated()
                        .anyRequest().denyAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler(forbidden(problems)))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated(problems))
                        .accessDeniedHandler(forbidden(problems)));
        return http.build();
    }

    /** 401 with the standard {@code WWW-Authenticate} challenge, as a problem body. */
    private static AuthenticationEntryPoint unauthenticated(ProblemResponses problems) {
        BearerTokenAuthenticationEntryPoint challenge = new BearerTokenAuthenticationEntryPoint();
        return (request, response, failure) -> {
            challenge.commence(request, response, failure);
            problems.write(request, response, HttpStatus.UNAUTHORIZED,
                    "A valid bearer token is required: " + failure.getMessage());
        };
    }

    private static AccessDeniedHandler forbidden(ProblemResponses problems) {
        BearerTokenAccessDeniedHandler challenge = new BearerTokenAccessDeniedHandler();
        return (request, response, denied) -> {
            challenge.handle(request, response, denied);
            problems.write(request, response, HttpStatus.FORBIDDEN,
                    "The caller's roles do not allow this request");
        };
    }
}
