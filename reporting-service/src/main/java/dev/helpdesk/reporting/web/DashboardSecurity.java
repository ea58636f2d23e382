package dev.helpdesk.reporting.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The dashboard's page and its static files are open (they hold no data); the platform's chain,
 * which denies everything outside {@code /api/**} and the actuator, still guards the rest. The
 * page may run only its own script and talk only to its own origin: a strict Content Security
 * Policy keeps an injected script from reading the token the page keeps.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain dashboardPage(HttpSecurity http) throws Exception {
        http.securityMatcher(DashboardPageController.PAGE, DashboardPageController.PAGE + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY)));
        return http.build();
    }
}
