package dev.helpdesk.gateway;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

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
 * The satisfaction links of the notification mails through the gateway: the page and the answer
 * (a form post) need no token and reach the customer service as sent; every other path of the API,
 * also one below a link, still needs one.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class SurveyLinksRoutingIntegrationTest {

    static final String LINK = "/api/v1/surveys/v1.cGF5bG9hZA.c2lnbmF0dXJl";

    static final HttpServer CUSTOMER = customerStandIn();

    @DynamicPropertySource
    static void pointAtTheStandIn(DynamicPropertyRegistry registry) {
        registry.add("helpdesk.security.issuer", () -> "http://gateway.test:8080");
        registry.add("helpdesk.services.customer.uri", () -> "http://127.0.0.1:" + CUSTOMER.getAddress().getPort());
    }

    @LocalServerPort
    int port;

    @AfterAll
    static void stop() {
        CUSTOMER.stop(0);
    }

    @Test
    void aSurveyLinkIsOpenAndReachesTheCustomerService() throws Exception {
        GatewayClient gateway = new GatewayClient(port);

        HttpResponse<String> page = gateway.get(LINK);
        HttpResponse<String> answer = gateway.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + LINK))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString("rating=4&comment=Thanks")));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).isEqualTo("GET " + LINK + " ");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo("POST " + LINK + " rating=4&comment=Thanks");
    }

    @Test
    void theRestOfTheApiStillNeedsAToken() throws Exception {
        GatewayClient gateway = new GatewayClient(port);

        assertThat(gateway.get("/api/v1/surveys").statusCode()).isEqualTo(401);
        assertThat(gateway.get(LINK + "/more").statusCode()).isEqualTo(401);
        assertThat(gateway.get("/api/v1/customers").statusCode()).isEqualTo(401);
    }

    /** Answers every request with its method, path and body. */
    private static HttpServer customerStandIn() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                byte[] echo = (exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath() + " " + body)
                    .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "text/plain");
                exchange.sendResponseHeaders(200, echo.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(echo);
                }
            });
            server.start();
            return server;
        }
        catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
