package dev.helpdesk.testsupport;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** A plain HTTP client for tests: real requests over loopback, JSON read with JsonPath. */
public final class HttpProbe {

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public HttpProbe(String base) {
        this.base = base;
    }

    public static HttpProbe onLocalPort(int port) {
        return new HttpProbe("http://127.0.0.1:" + port);
    }

    public Reply get(String path, String token) {
        return send(request(path, token, Map.of()).GET().build());
    }

    public Reply get(String path, String token, Map<String, String> headers) {
        return send(request(path, token, headers).GET().build());
    }

    public Reply post(String path, String token, String json) {
        return post(path, token, json, Map.of());
    }

    public Reply post(String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token, headers);
        if (!headers.containsKey("Content-Type")) {
            request.header("Content-Type", "application/json");
        }
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Reply patch(String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder request = request(path, token, headers).header("Content-Type", "application/json");
        return send(request.method("PATCH", HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        headers.forEach(request::header);
        return request;
    }

    private Reply send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Reply(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with shortcuts for status, headers and JSON fields. */
    public record Reply(HttpResponse<String> response) {

        public int status() {
            return response.statusCode();
        }

        public String body() {
            return response.body();
        }

        public String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        public String contentType() {
            return header("Content-Type");
        }

        public <T> T json(String path) {
            return JsonPath.read(response.body(), path);
        }

        public DocumentContext json() {
            return JsonPath.parse(response.body());
        }

        @Override
        public String toString() {
            return response.statusCode() + " " + response.body();
        }
    }
}
