package dev.helpdesk.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The platform test's view of the gateway: plain HTTP, as any client would use it. */
final class GatewayClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;

    GatewayClient(URI gateway) {
        this.gateway = gateway;
    }

    /** A client-credentials token of a demo client, its secret being {@code <client>-secret}. */
    String token(String clientId) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(
                (clientId + ":" + clientId + "-secret").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(gateway.resolve("/oauth2/token"))
                .header("Authorization", "Basic " + basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("token for " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return json(response).get("access_token").asText();
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET());
    }

    /** POSTs JSON; {@code token} may be null to call without one. */
    HttpResponse<String> postJson(String path, String token, String body) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    static JsonNode json(String text) throws IOException {
        return JSON.readTree(text);
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
