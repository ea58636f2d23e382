package dev.helpdesk.gateway.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to a running gateway over real HTTP, the way a caller with curl would. */
public final class GatewayClient {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;

    public GatewayClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** {@code POST /oauth2/token} with {@code grant_type=client_credentials} and HTTP Basic. */
    public HttpResponse<String> requestToken(String clientId, String secret) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve("/oauth2/token"))
            .header("Authorization", "Basic " + basic)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("grant_type=client_credentials")));
    }

    public String accessToken(String clientId, String secret) throws IOException, InterruptedException {
        HttpResponse<String> response = requestToken(clientId, secret);
        if (response.statusCode() != 200) {
            throw new IllegalStateException("No token for " + clientId + ": " + response.statusCode() + " " + response.body());
        }
        return json(response).path("access_token").asString();
    }

    /** A GET; {@code headers} are name/value pairs. */
    public HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        return send(request(path, headers).GET());
    }

    public HttpResponse<String> post(String path, String body, String... headers)
            throws IOException, InterruptedException {
        return send(request(path, headers).header("Content-Type", "application/json")
            .POST(BodyPublishers.ofString(body)));
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30));
        return headers.length == 0 ? request : request.headers(headers);
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), BodyHandlers.ofString());
    }
}
