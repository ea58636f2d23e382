package dev.helpdesk.gateway.routing;

import java.net.URI;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The downstream services by short name ({@code helpdesk.services.ticket.uri} ...). The
 * routes in {@code application.yml} point at these URIs, and the health check asks each
 * of them whether it is ready.
 */
@Validated
@ConfigurationProperties("helpdesk")
public record ServicesProperties(Map<String, @Valid Service> services) {

    public ServicesProperties {
        services = services == null ? Map.of() : Map.copyOf(services);
    }

    /** @param uri the service's base URI, e.g. {@code http://localhost:8081} */
    public record Service(@NotNull URI uri) {
    }
}
