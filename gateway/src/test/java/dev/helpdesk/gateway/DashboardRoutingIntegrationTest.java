package dev.helpdesk.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;
import dev.helpdesk.gateway.testing.GatewayClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The ops dashboard through the gateway: its page is open and goes to the reporting service, and
 * the change stream ({@code text/event-stream}) reaches the caller event by event, not when the
 * service ends the response.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class DashboardRoutingIntegrationTest {

    /** The stand-in reporting service sends one event, then keeps the stream open this long. */
    static final Duration HELD_OPEN = Duration.ofSeconds(4);

    static final HttpServer REPORTING = reportingStandIn();

    @DynamicPropertySource
    static void pointAtTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("helpdesk.security.issuer", () -> "http://gateway.test:8080");
        registry.add("helpdesk.services.reporting.uri",
                () -> "http://127.0.0.1:" + REPORTING.getAddress().getPort());
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        REPORTING.stop(0);
    }

    @Test
    void theDashboardPageAndItsFilesNeedNoToken() throws Exception {
        GatewayClient gateway = new GatewayClient(port);

        HttpResponse<String> page = gateway.get("/dashboard");
        HttpResponse<String> script = gateway.get("/dashboard/dashboard.js");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("the dashboard");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(gateway.get("/dashboards").statusCode()).as("only the dashboard's own paths are open")
            .isEqualTo(401);
    }

    @Test
    void theChangeStreamIsPassedOnEventByEvent() throws Exception {
        GatewayClient gateway = new GatewayClient(port);
        String token = gateway.accessToken("demo-supervisor", "demo-supervisor-secret");
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/reports/changes"))
            .header("Authorization", "Bearer " + token)
            .header("Accept", "text/event-stream")
            .build();

        long start = System.nanoTime();
        HttpResponse<InputStream> response = HttpClient.newHttpClient()
            .send(request, HttpResponse.BodyHandlers.ofInputStream());
        try (InputStream body = response.body()) {
            byte[] first = new byte["event:ready".length()];
            int read = 0;
            while (read < first.length) {
                int n = body.read(first, read, first.length - read);
                assertThat(n).isPositive();
                read += n;
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/event-stream"));
            assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("event:ready");
            assertThat(took).as("the first event arrives while the service still holds the stream open")
                .isLessThan(HELD_OPEN.minusSeconds(1));
        }
    }

    /** Serves a page under /dashboard and, at the change stream, one event and then a long pause. */
    private static HttpServer reportingStandIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/dashboard", exchange -> {
                byte[] page = "<html>the dashboard</html>".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/html");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write(page);
                }
            });
            server.createContext("/api/v1/reports/changes", exchange -> {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream body = exchange.getResponseBody()) {
                    body.write("event:ready\ndata:{}\n\n".getBytes(StandardCharsets.UTF_8));
                    body.flush();
                    TimeUnit.MILLISECONDS.sleep(HELD_OPEN.toMillis());
                    body.write(":keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
            return server;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
