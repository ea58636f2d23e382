import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Container health check without curl: exits 0 when the URL answers 200, 1 otherwise.
 * Usage: java -cp /app/probe HealthProbe http://localhost:8081/actuator/health/readiness
 */
public final class HealthProbe {

    public static void main(String[] args) {
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(args[0])).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.discarding());
            System.exit(response.statusCode() == 200 ? 0 : 1);
        } catch (Exception e) {
            System.err.println(e);
            System.exit(1);
        }
    }
}
