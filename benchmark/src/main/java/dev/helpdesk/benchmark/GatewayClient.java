package dev.helpdesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * The ticket API as the benchmark uses it: each call is one timed HTTP request through the
 * gateway, and answers a {@link Reply} instead of throwing, so that a virtual user only has to
 * look at {@link Reply#ok()}.
 */
final class GatewayClient {

    /** The demo customer the tickets are opened for; any existing requester would do. */
    static final String REQUESTER_ID = "c0000000-0000-4000-8000-000000000001";
    static final String GROUP_ID = "service-desk-l1";
    /** Like the gateway's own read timeout for a slow service: after that the answer is a 504 anyway. */
    private static final int REQUEST_TIMEOUT_SECONDS = 30;
    private static final int CONNECT_TIMEOUT_SECONDS = 5;
    /** More than any run's virtual users, so that none waits for a connection. */
    private static final int MOST_CONNECTIONS = 1024;

    private final CloseableHttpClient http;
    private final URI tickets;
    private final TokenSource tokens;
    private final ObjectMapper json;

    GatewayClient(CloseableHttpClient http, URI gateway, TokenSource tokens, ObjectMapper json) {
        this.http = http;
        this.tickets = URI.create(gateway + "/api/v1/tickets");
        this.tokens = tokens;
        this.json = json;
    }

    /**
     * HTTP/1.1 with a kept-alive connection per virtual user, like most real clients, through Apache
     * HttpClient's blocking client: the load generator shares the platform's two cores, and with the
     * JDK client's asynchronous machinery it took 2.1–2.7 ms of CPU per ticket opened, 1.7 with this
     * one (D114).
     */
    static CloseableHttpClient newHttpClient() {
        ConnectionConfig connections = ConnectionConfig.custom()
                .setConnectTimeout(CONNECT_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .setSocketTimeout(REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                .build();
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setMaxConnTotal(MOST_CONNECTIONS)
                        .setMaxConnPerRoute(MOST_CONNECTIONS)
                        .setDefaultConnectionConfig(connections)
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(REQUEST_TIMEOUT_SECONDS, TimeUnit.SECONDS)
                        .build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .disableAuthCaching()
                .build();
    }

    Reply open(String subject) throws InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "INCIDENT");
        body.put("subject", subject);
        body.put("description", "Opened by the load generator.");
        body.put("requesterId", REQUESTER_ID);
        body.put("channel", "API");
        body.put("category", "network");
        body.put("impact", "MEDIUM");
        body.put("urgency", "HIGH");
        body.put("tags", List.of("bench"));
        return post(tickets, OptionalLong.empty(), body);
    }

    /** A command on an existing ticket, with If-Match on the version the caller last saw. */
    Reply act(Command command, String ticketId, long version) throws InterruptedException {
        return switch (command) {
            case ASSIGN -> assign(ticketId, version);
            case COMMENT -> comment(ticketId, version);
            case RESOLVE -> resolve(ticketId, version);
            case OPEN, READ, PRIORITY, SEARCH -> throw new IllegalArgumentException(command.label()
                    + " is not a command on an existing ticket");
        };
    }

    /**
     * Opens a ticket and assigns it to the demo agent, so that it takes comments like any ticket
     * being worked. The answer is the assignment's, or the first one that failed.
     */
    Reply openAssigned(String subject) throws InterruptedException {
        Reply opened = open(subject);
        return opened.ok() ? assign(opened.id(), opened.version()) : opened;
    }

    /**
     * A re-rating without If-Match: it adds one event whatever the ticket's version, so re-ratings
     * need no answer before the next one, and unlike a comment it leaves the ticket's answer the
     * same size however many there are (the long-ticket scenario compares event counts, not
     * answer sizes). Odd rounds rate HIGH/MEDIUM, even ones MEDIUM/HIGH: P2 either way.
     */
    Reply reprioritise(String ticketId, int round) throws InterruptedException {
        boolean odd = round % 2 == 1;
        return post(action(ticketId, "priority"), OptionalLong.empty(),
                Map.of("impact", odd ? "HIGH" : "MEDIUM", "urgency", odd ? "MEDIUM" : "HIGH"));
    }

    /** The ticket as it is now: {@code GET /api/v1/tickets/{id}}. */
    Reply read(String ticketId) throws InterruptedException {
        return exchange(URI.create(tickets + "/" + ticketId), OptionalLong.empty(), null);
    }

    Reply assign(String ticketId, long version) throws InterruptedException {
        return post(action(ticketId, "assignment"), OptionalLong.of(version),
                Map.of("groupId", GROUP_ID, "agentId", TokenSource.CLIENT_ID));
    }

    Reply comment(String ticketId, long version) throws InterruptedException {
        return post(action(ticketId, "comments"), OptionalLong.of(version),
                Map.of("body", "Looking into it (load generator).", "visibility", "PUBLIC"));
    }

    Reply resolve(String ticketId, long version) throws InterruptedException {
        return post(action(ticketId, "resolution"), OptionalLong.of(version),
                Map.of("code", "FIXED", "note", "Resolved by the load generator."));
    }

    private URI action(String ticketId, String action) {
        return URI.create(tickets + "/" + ticketId + "/" + action);
    }

    Reply post(URI uri, OptionalLong ifMatch, Map<String, Object> body) throws InterruptedException {
        try {
            return exchange(uri, ifMatch, json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One attempt, and a second one only if the token was refused (then with a fresh token).
     *
     * @param payload the JSON body of a POST; null for a GET
     */
    Reply exchange(URI uri, OptionalLong ifMatch, byte[] payload) throws InterruptedException {
        Reply reply = attempt(uri, ifMatch, payload);
        if (reply.status() == 401) {
            reply = attempt(uri, ifMatch, payload);
        }
        return reply;
    }

    /** @param payload the JSON body of a POST; null for a GET */
    private Reply attempt(URI uri, OptionalLong ifMatch, byte[] payload) throws InterruptedException {
        String token;
        try {
            token = tokens.current();
        } catch (IOException e) {
            return Reply.failed("no token: " + e.getMessage(), 0);
        }
        ClassicRequestBuilder request = (payload == null ? ClassicRequestBuilder.get(uri)
                : ClassicRequestBuilder.post(uri).setEntity(new ByteArrayEntity(payload, ContentType.APPLICATION_JSON)))
                .setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .setHeader(HttpHeaders.ACCEPT, "application/json");
        ifMatch.ifPresent(version -> request.setHeader(HttpHeaders.IF_MATCH, "\"" + version + "\""));
        ClassicHttpRequest built = request.build();
        long start = System.nanoTime();
        Reply reply;
        try {
            reply = http.execute(built, response -> {
                Header etag = response.getFirstHeader(HttpHeaders.ETAG);
                String body = response.getEntity() == null ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8);
                return Reply.of(response.getCode(), body, etag == null ? null : etag.getValue(),
                        System.nanoTime() - start, json);
            });
        } catch (IOException e) {
            return Reply.failed(e.getClass().getSimpleName() + ": " + e.getMessage(), System.nanoTime() - start);
        }
        if (reply.status() == 401) {
            tokens.invalidate(token);
        }
        return reply;
    }

    /**
     * The answer to one command. {@code status} is -1 when there was no HTTP answer at all;
     * {@code id} and {@code version} are set when the answer was a resource with both (a ticket,
     * an article).
     */
    record Reply(int status, String body, long nanos, String id, long version) {

        boolean ok() {
            return status >= 200 && status < 300 && id != null && version > 0;
        }

        static Reply failed(String reason, long nanos) {
            return new Reply(-1, reason, nanos, null, 0);
        }

        /** @param etag the answer's {@code ETag} header, null without one */
        static Reply of(int status, String body, String etag, long nanos, ObjectMapper json) {
            if (status < 200 || status >= 300) {
                return new Reply(status, body, nanos, null, 0);
            }
            String id = null;
            // the ETag is what If-Match compares with: an article's "version" field counts its
            // contents' versions, not its changes
            long version = etag == null ? 0 : versionOf(etag);
            try {
                JsonNode resource = json.readTree(body);
                id = resource.path("id").asText(null);
                if (version == 0) {
                    version = resource.path("version").asLong(0);
                }
            } catch (IOException e) {
                // not a resource: ok() is false, and the body shows up among the error samples
            }
            return new Reply(status, body, nanos, id, version);
        }

        /** {@code "7"} or {@code W/"7"} to 7; 0 if it is not a version. */
        static long versionOf(String etag) {
            String digits = etag.replaceFirst("^W/", "").replace("\"", "").trim();
            try {
                return Long.parseLong(digits);
            } catch (NumberFormatException e) {
                return 0;
            }
        }
    }
}
