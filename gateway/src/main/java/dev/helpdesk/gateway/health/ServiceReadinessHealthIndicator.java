package dev.helpdesk.gateway.health;

import java.net.URI;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.http.HttpStatusCode;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClient.RequestHeadersSpec.ConvertibleClientHttpResponse;
import org.springframework.web.client.RestClientException;

/**
 * UP only when the service's own readiness probe says UP with HTTP 200. Each service's
 * readiness group includes its MongoDB and Kafka checks, so through this the gateway
 * also reports the platform's infrastructure.
 */
final class ServiceReadinessHealthIndicator implements HealthIndicator {

    static final String READINESS_PATH = "/actuator/health/readiness";

    private final URI readinessUri;

    private final RestClient client;

    ServiceReadinessHealthIndicator(URI serviceUri, RestClient client) {
        this.readinessUri = URI.create(serviceUri.toString().replaceAll("/+$", "") + READINESS_PATH);
        this.client = client;
    }

    @Override
    public Health health() {
        Health.Builder health = Health.unknown().withDetail("uri", readinessUri.toString());
        try {
            return client.get()
                .uri(readinessUri)
                .exchange((request, response) -> {
                    HttpStatusCode code = response.getStatusCode();
                    String reported = reportedStatus(response);
                    boolean up = code.value() == 200 && Status.UP.getCode().equals(reported);
                    return (up ? health.up() : health.down())
                        .withDetail("httpStatus", code.value())
                        .withDetail("reportedStatus", reported)
                        .build();
                });
        }
        catch (RestClientException ex) {
            // Not listening, too slow, or an answer that is not a health document.
            return health.down().withDetail("error", describe(ex)).build();
        }
    }

    /** A DOWN service still answers with its health document; anything else is UNKNOWN. */
    private static String reportedStatus(ConvertibleClientHttpResponse response) {
        try {
            ReadinessBody body = response.bodyTo(ReadinessBody.class);
            return body == null || body.status() == null ? "UNKNOWN" : body.status();
        }
        catch (RestClientException unreadable) {
            return "UNKNOWN";
        }
    }

    /** The client's wrapper says nothing; its cause says "ConnectException" or "timed out". */
    private static String describe(RestClientException failure) {
        Throwable cause = failure.getCause() == null ? failure : failure.getCause();
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }

    /** The only part of a service's health document we read. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReadinessBody(String status) {
    }
}
