package dev.helpdesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.io.support.ClassicRequestBuilder;

/**
 * Access tokens of one demo client (the agent, unless told otherwise) from the gateway's OAuth 2
 * issuer (client credentials). One
 * token is shared by every virtual user and replaced well before it expires, so a long run never
 * sends an expired one; a 401 replaces it at once ({@link #invalidate}).
 */
final class TokenSource {

    /** The demo agent is a member of service-desk-l1, so it may assign tickets to that group and itself. */
    static final String CLIENT_ID = "demo-agent";
    private static final String CLIENT_SECRET = "demo-agent-secret";
    /** An editor of the knowledge base: may publish the search scenario's articles. */
    static final String SUPERVISOR_ID = "demo-supervisor";
    private static final String SUPERVISOR_SECRET = "demo-supervisor-secret";
    /** The only role that may rebuild the reports' projections (reports scenario). */
    static final String ADMIN_ID = "demo-admin";
    private static final String ADMIN_SECRET = "demo-admin-secret";
    private static final Duration MAX_AGE = Duration.ofSeconds(60);

    private final CloseableHttpClient http;
    private final URI tokenEndpoint;
    private final String clientId;
    private final String clientSecret;
    private final ObjectMapper json;
    private String token;
    private long fetchedAtNanos;
    private long refreshAfterNanos;
    private int fetched;

    TokenSource(CloseableHttpClient http, URI gateway, ObjectMapper json) {
        this(http, gateway, json, CLIENT_ID, CLIENT_SECRET);
    }

    private TokenSource(CloseableHttpClient http, URI gateway, ObjectMapper json, String clientId, String clientSecret) {
        this.http = http;
        this.tokenEndpoint = URI.create(gateway + "/oauth2/token");
        this.json = json;
        this.clientId = clientId;
        this.clientSecret = clientSecret;
    }

    /** Tokens of the demo supervisor, who may publish articles. */
    static TokenSource supervisor(CloseableHttpClient http, URI gateway, ObjectMapper json) {
        return new TokenSource(http, gateway, json, SUPERVISOR_ID, SUPERVISOR_SECRET);
    }

    /** Tokens of the demo administrator, who may rebuild the reports' projections. */
    static TokenSource admin(CloseableHttpClient http, URI gateway, ObjectMapper json) {
        return new TokenSource(http, gateway, json, ADMIN_ID, ADMIN_SECRET);
    }

    synchronized String current() throws IOException, InterruptedException {
        if (token == null || System.nanoTime() - fetchedAtNanos > refreshAfterNanos) {
            fetch();
        }
        return token;
    }

    /** The gateway refused {@code rejected}; the next {@link #current()} fetches a new one, once for all users. */
    synchronized void invalidate(String rejected) {
        if (rejected.equals(token)) {
            token = null;
        }
    }

    /** Tokens fetched so far, to show in the report that refreshing happened. */
    synchronized int fetched() {
        return fetched;
    }

    private void fetch() throws IOException, InterruptedException {
        String basic = Base64.getEncoder()
                .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
        ClassicHttpRequest request = ClassicRequestBuilder.post(tokenEndpoint)
                .setHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .setEntity(new StringEntity("grant_type=client_credentials", ContentType.APPLICATION_FORM_URLENCODED))
                .build();
        Answer response;
        try {
            response = http.execute(request, answer -> new Answer(answer.getCode(), answer.getEntity() == null ? ""
                    : EntityUtils.toString(answer.getEntity(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            // a refused connection has no message of its own: name what was tried
            throw new IOException("no token from " + tokenEndpoint + ": " + e, e);
        }
        if (response.status() != 200) {
            throw new IOException("token request to " + tokenEndpoint + " answered " + response.status() + ": "
                    + response.body());
        }
        JsonNode body = json.readTree(response.body());
        String accessToken = body.path("access_token").asText("");
        if (accessToken.isEmpty()) {
            throw new IOException("token response from " + tokenEndpoint + " has no access_token: " + response.body());
        }
        // half the lifetime the issuer grants, and at most a minute: never near expiry, and cheap
        long lifetimeSeconds = body.path("expires_in").asLong(MAX_AGE.toSeconds() * 2);
        refreshAfterNanos = Math.min(MAX_AGE.toNanos(), Duration.ofSeconds(lifetimeSeconds).toNanos() / 2);
        fetchedAtNanos = System.nanoTime();
        token = accessToken;
        fetched++;
    }

    private record Answer(int status, String body) {
    }
}
