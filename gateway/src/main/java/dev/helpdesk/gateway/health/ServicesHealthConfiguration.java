package dev.helpdesk.gateway.health;

import java.net.http.HttpClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import dev.helpdesk.gateway.routing.ServicesProperties;

import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * The {@code services} health component: one readiness check per downstream service
 * ({@code ticketService}, {@code escalationService}, ...). Any of them DOWN makes the
 * gateway's {@code /actuator/health} DOWN (HTTP 503); the gateway's own readiness probe
 * does not include them, so an outage behind it does not take the gateway out of rotation.
 */
@Configuration(proxyBeanMethods = false)
class ServicesHealthConfiguration {

    @Bean
    HealthContributor services(ServicesProperties services, ServicesHealthProperties settings,
            RestClient.Builder restClients) {
        RestClient client = readinessClient(restClients.clone(), settings.timeout());
        Map<String, HealthContributor> checks = new LinkedHashMap<>();
        services.services()
            .forEach((name, service) -> checks.put(name + "Service",
                    new ServiceReadinessHealthIndicator(service.uri(), client)));
        return CompositeHealthContributor.fromMap(checks);
    }

    /**
     * The gateway's own HTTP client settings are for proxying; a health check must give
     * up much sooner, or a hung service would hang the health endpoint with it.
     */
    static RestClient readinessClient(RestClient.Builder builder, Duration timeout) {
        HttpClient httpClient = HttpClient.newBuilder().connectTimeout(timeout).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(timeout);
        return builder.requestFactory(requestFactory).build();
    }
}
