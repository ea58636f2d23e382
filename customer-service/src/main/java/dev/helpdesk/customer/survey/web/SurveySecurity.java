package dev.helpdesk.customer.survey.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * The satisfaction links are answered without a login: the signed, expiring, single-use token in the
 * path is the credential (D80), so the platform's chain, which wants a bearer token for {@code /api/**},
 * does not apply to them. No cookie or session is used, so there is nothing for a cross-site request to
 * ride on. The pages run no script and load nothing; no referrer leaves them (the link is in the URL).
 */
@Configuration(proxyBeanMethods = false)
class SurveySecurity {

    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; "
            + "base-uri 'none'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain surveyLinks(HttpSecurity http) throws Exception {
        http.securityMatcher(SurveyController.PATH + "/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(POLICY))
                        .referrerPolicy(referrer -> referrer.policy(
                                ReferrerPolicyHeaderWriter.ReferrerPolicy.NO_REFERRER)));
        return http.build();
    }
}
