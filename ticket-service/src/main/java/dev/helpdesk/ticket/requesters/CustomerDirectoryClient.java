package dev.helpdesk.ticket.requesters;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Asks the customer service about a requester the customer events have not told this service of
 * yet (just registered, or this service just started): {@code GET /api/v1/customers/{id}} with the
 * caller's own token, which may read it (staff and integrations read every customer, a customer
 * their own record); and about an asset a ticket names that the events have not told of as the
 * requester's ({@code GET /api/v1/customers/{id}/assets}).
 */
class CustomerDirectoryClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final URI base;
    private final Duration timeout;

    CustomerDirectoryClient(URI base, Duration timeout) {
        this.base = base;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /**
     * @throws DirectoryUnavailable when the customer service cannot answer (down, slow, or an
     *     answer that is not about the customer), so that the caller may try again
     */
    RequesterStatus status(String customerId, String authorization) {
        HttpResponse<String> response = get("/api/v1/customers/" + customerId, authorization);
        if (response.statusCode() == 404) {
            return RequesterStatus.UNKNOWN;
        }
        JsonNode active = response.statusCode() == 200 ? activeOf(response.body()) : null;
        if (active == null || !active.isBoolean()) {
            throw new DirectoryUnavailable("the customer service answered " + response.statusCode(), null);
        }
        return active.booleanValue() ? RequesterStatus.ACTIVE : RequesterStatus.INACTIVE;
    }

    /**
     * The ids of the customer's assets ({@code GET /api/v1/customers/{id}/assets}); none for a
     * customer the directory does not know (404).
     *
     * @throws DirectoryUnavailable when the customer service cannot answer
     */
    Set<String> assetIds(String customerId, String authorization) {
        HttpResponse<String> response = get("/api/v1/customers/" + customerId + "/assets", authorization);
        if (response.statusCode() == 404) {
            return Set.of();
        }
        JsonNode items = response.statusCode() == 200 ? field(response.body(), "items") : null;
        if (items == null || !items.isArray()) {
            throw new DirectoryUnavailable("the customer service answered " + response.statusCode(), null);
        }
        Set<String> ids = new HashSet<>();
        items.forEach(item -> ids.add(item.path("id").asText()));
        return ids;
    }

    private HttpResponse<String> get(String path, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new DirectoryUnavailable("the customer service did not answer: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DirectoryUnavailable("interrupted while asking the customer service", e);
        }
    }

    private static JsonNode activeOf(String body) {
        return field(body, "active");
    }

    private static JsonNode field(String body, String name) {
        try {
            return JSON.readTree(body).get(name);
        } catch (IOException e) {
            return null;
        }
    }

    /** The customer service could not tell: a 503 for the caller, who may retry. */
    static final class DirectoryUnavailable extends RuntimeException {

        private static final long serialVersionUID = 1L;

        DirectoryUnavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
