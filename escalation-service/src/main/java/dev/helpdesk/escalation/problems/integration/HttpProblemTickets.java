package dev.helpdesk.escalation.problems.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.escalation.problems.OnBehalfOf;
import dev.helpdesk.escalation.problems.ProblemTicket;
import dev.helpdesk.escalation.problems.ProblemTickets;
import dev.helpdesk.escalation.problems.TicketServiceFailure;
import dev.helpdesk.escalation.problems.TicketServiceFailure.Kind;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * The ticket service's public HTTP API (DESIGN.md section 5), called with the supervisor's own
 * bearer token: {@code POST /api/v1/tickets} with {@code type: PROBLEM} and an
 * {@code Idempotency-Key} (a retry by the same caller gets the same ticket, 200 instead of 201),
 * and {@code POST /api/v1/tickets/{incidentId}/links} with {@code {targetId, kind: CAUSED_BY}}
 * (linking again answers 200 and changes nothing; a closed or cancelled incident answers 409). No
 * {@code If-Match}: a link is right whatever happened to the incident meanwhile.
 *
 * <p>Connection refused or not made within the timeout: {@link Kind#UNREACHABLE}; no answer within
 * {@code helpdesk.problems.ticket-service-timeout}: {@link Kind#TIMED_OUT}; any answer but the
 * expected ones: {@link Kind#FAILED}. Each is counted in
 * {@code helpdesk.escalation.problems.ticket-service.failures{kind}}.
 */
final class HttpProblemTickets implements ProblemTickets {

    static final String TICKETS = "/api/v1/tickets";

    private final RestClient client;
    private final ObjectMapper json = new ObjectMapper();
    private final MeterRegistry meters;

    HttpProblemTickets(URI baseUri, Duration timeout, MeterRegistry meters) {
        // HTTP/1.1: no upgrade attempt on every new connection to a plain-HTTP service
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .build());
        requests.setReadTimeout(timeout);
        this.client = RestClient.builder().baseUrl(baseUri.toString()).requestFactory(requests).build();
        this.meters = meters;
    }

    @Override
    public String open(ProblemTicket problem, OnBehalfOf who) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "PROBLEM");
        body.put("subject", problem.subject());
        body.put("description", problem.description());
        body.put("requesterId", problem.requesterId());
        body.put("channel", "API");
        body.put("category", problem.category());
        body.put("impact", "MEDIUM");
        body.put("urgency", "MEDIUM");
        body.put("tags", List.of("recurring-incidents"));
        ResponseEntity<String> answer = post(TICKETS, body, who, problem.idempotencyKey());
        int status = answer.getStatusCode().value();
        if (status != 200 && status != 201) {
            throw failed("opening the problem", answer);
        }
        JsonNode id = read(answer.getBody()).path("id");
        if (!id.isTextual() || id.asText().isBlank()) {
            throw failure(Kind.FAILED, "The ticket service opened the problem but named no id", null);
        }
        return id.asText();
    }

    @Override
    public String linkCausedBy(String incidentId, String problemTicketId, OnBehalfOf who) {
        ResponseEntity<String> answer = post(TICKETS + "/" + incidentId + "/links",
                Map.of("targetId", problemTicketId, "kind", "CAUSED_BY"), who, null);
        int status = answer.getStatusCode().value();
        if (status == 200) {
            return null;
        }
        if (status == 404 || status == 409) {
            // the incident is unknown there, or closed or cancelled: nothing a retry would change
            String detail = read(answer.getBody()).path("detail").asText("");
            return status + (detail.isBlank() ? "" : ": " + detail);
        }
        throw failed("linking incident " + incidentId, answer);
    }

    private ResponseEntity<String> post(String path, Object body, OnBehalfOf who, String idempotencyKey) {
        try {
            return client.post()
                    .uri(path)
                    .headers(headers -> {
                        headers.setBearerAuth(who.bearerToken());
                        if (idempotencyKey != null) {
                            headers.set("Idempotency-Key", idempotencyKey);
                        }
                    })
                    .contentType(MediaType.APPLICATION_JSON)
                    .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                    .body(json.writeValueAsString(body))
                    .retrieve()
                    // every answer is read here, the errors too
                    .onStatus(HttpStatusCode::isError, (request, response) -> { })
                    .toEntity(String.class);
        } catch (ResourceAccessException e) {
            throw failure(kindOf(e), "The ticket service did not answer: " + e.getMessage(), e);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A map of strings is always JSON", e);
        }
    }

    private static Kind kindOf(ResourceAccessException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException || cause instanceof HttpConnectTimeoutException
                    || cause instanceof UnresolvedAddressException) {
                return Kind.UNREACHABLE;
            }
            if (cause instanceof HttpTimeoutException) {
                return Kind.TIMED_OUT;
            }
        }
        return Kind.FAILED;
    }

    private TicketServiceFailure failed(String what, ResponseEntity<String> answer) {
        String detail = read(answer.getBody()).path("detail").asText("");
        return failure(Kind.FAILED, "The ticket service answered " + answer.getStatusCode().value() + " to "
                + what + (detail.isBlank() ? "" : ": " + detail), null);
    }

    private TicketServiceFailure failure(Kind kind, String message, Throwable cause) {
        meters.counter("helpdesk.escalation.problems.ticket-service.failures", "kind",
                kind.name().toLowerCase(Locale.ROOT).replace('_', '-')).increment();
        return new TicketServiceFailure(kind, message, cause);
    }

    /** The answer's JSON, or an empty object when it has none. */
    private JsonNode read(String body) {
        if (body == null || body.isBlank()) {
            return json.createObjectNode();
        }
        try {
            return json.readTree(body);
        } catch (JsonProcessingException e) {
            return json.createObjectNode();
        }
    }
}
