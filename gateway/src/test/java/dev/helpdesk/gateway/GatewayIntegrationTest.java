package dev.helpdesk.gateway;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.helpdesk.gateway.security.SigningKeys;
import dev.helpdesk.gateway.testing.FakeService;
import dev.helpdesk.gateway.testing.FakeService.ReceivedRequest;
import dev.helpdesk.gateway.testing.GatewayClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static dev.helpdesk.gateway.testing.FakeService.decodeForm;
import static dev.helpdesk.gateway.testing.GatewayClient.bearer;
import static dev.helpdesk.gateway.testing.GatewayClient.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway as callers and services see it: real HTTP in, real HTTP out to five fake
 * services listening on free ports.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class GatewayIntegrationTest {

    static final String ISSUER = "http://gateway.test:8080";

    static final Map<String, FakeService> SERVICES = Map.of(
            "ticket", FakeService.start("ticket"),
            "escalation", FakeService.start("escalation"),
            "knowledge", FakeService.start("knowledge"),
            "reporting", FakeService.start("reporting"),
            "customer", FakeService.start("customer"));

    static final Duration WAIT = Duration.ofSeconds(5);

    @DynamicPropertySource
    static void pointAtFakeServices(DynamicPropertyRegistry registry) {
        registry.add("helpdesk.security.issuer", () -> ISSUER);
        registry.add("helpdesk.health.services.timeout", () -> "500ms");
        SERVICES.forEach((name, service) -> registry.add("helpdesk.services." + name + ".uri", service::uri));
    }

    @LocalServerPort
    int port;

    GatewayClient gateway;

    @BeforeEach
    void connect() {
        gateway = new GatewayClient(port);
        SERVICES.values().forEach(FakeService::clearRequests);
    }

    @AfterEach
    void everyServiceIsUpAgain() {
        SERVICES.values().forEach(FakeService::readinessIsUp);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.values().forEach(FakeService::close);
    }

    // --- the local issuer ---------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            demo-agent       | AGENT       | service-desk-l1                                  | -
            demo-agent-l2    | AGENT       | desktop-support-l2                               | -
            demo-supervisor  | SUPERVISOR  | service-desk-l1 desktop-support-l2 network-l2    | -
            demo-admin       | ADMIN       | -                                                | -
            demo-customer    | CUSTOMER    | -                                                | c0000000-0000-4000-8000-000000000001
            demo-customer-2  | CUSTOMER    | -                                                | c0000000-0000-4000-8000-000000000002
            demo-integration | INTEGRATION | -                                                | -
            """)
    void eachDemoClientGetsASignedOneHourTokenWithItsClaims(String clientId, String role, String groups,
            String customerId) throws Exception {
        SignedJWT token = SignedJWT.parse(gateway.accessToken(clientId, clientId + "-secret"));
        JWTClaimsSet claims = token.getJWTClaimsSet();
        RSAKey publishedKey = publishedKeys().getKeyByKeyId(token.getHeader().getKeyID()).toRSAKey();

        assertThat(token.verify(new RSASSAVerifier(publishedKey))).isTrue();
        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo(clientId);
        assertThat(claims.getStringListClaim("roles")).containsExactly(role);
        assertThat(claims.getStringListClaim("groups"))
            .containsExactlyElementsOf(groups == null ? List.of() : Arrays.asList(groups.split(" ")));
        assertThat(claims.getStringClaim("customer_id")).isEqualTo(customerId);
        assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
            .isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aWrongClientSecretGetsNoToken() throws Exception {
        HttpResponse<String> response = gateway.requestToken("demo-admin", "demo-agent-secret");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(json(response).path("error").asString()).isEqualTo("invalid_client");
    }

    @Test
    void theIssuerPublishesItsMetadataAndKeys() throws Exception {
        JsonNode metadata = json(gateway.get("/.well-known/oauth-authorization-server"));
        JsonNode protectedResource = json(gateway.get("/.well-known/oauth-protected-resource"));

        assertThat(metadata.path("issuer").asString()).isEqualTo(ISSUER);
        assertThat(metadata.path("jwks_uri").asString()).isEqualTo(ISSUER + "/oauth2/jwks");
        assertThat(protectedResource.path("authorization_servers").get(0).asString()).isEqualTo(ISSUER);
        assertThat(publishedKeys().getKeys()).singleElement()
            .satisfies(key -> assertThat(key.getKeyID()).isNotBlank());
    }

    // --- authentication of /api/** ------------------------------------------------------

    @Test
    void anApiCallWithoutATokenIsAnUnauthorizedProblem() throws Exception {
        HttpResponse<String> response = gateway.get("/api/v1/tickets");

        assertUnauthorizedProblem(response);
        assertThat(SERVICES.get("ticket").nextRequest(Duration.ZERO)).isNull();
    }

    @Test
    void anApiCallWithAGarbageTokenIsAnUnauthorizedProblem() throws Exception {
        HttpResponse<String> response = gateway.get("/api/v1/tickets", "Authorization", bearer("not-a-jwt"));

        assertUnauthorizedProblem(response);
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).contains("invalid_token"));
    }

    @Test
    void aTokenSignedByAnotherKeyIsRejected() throws Exception {
        SignedJWT genuine = SignedJWT.parse(gateway.accessToken("demo-agent", "demo-agent-secret"));
        String forged = signWithAnotherKey(genuine);

        HttpResponse<String> response = gateway.get("/api/v1/tickets", "Authorization", bearer(forged));

        assertUnauthorizedProblem(response);
        assertThat(SERVICES.get("ticket").nextRequest(Duration.ZERO)).isNull();
    }

    // --- routing ------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            /api/v1/tickets                                       | ticket
            /api/v1/tickets/8d0c6b3e-0000-4000-8000-000000000001/history?asOf=2026-01-01T00:00:00Z | ticket
            /api/v1/groups                                        | ticket
            /api/v1/groups/service-desk-l1                        | ticket
            /api/v1/sla/policies                                  | escalation
            /api/v1/escalations                                   | escalation
            /api/v1/escalations/42                                | escalation
            /api/v1/problems/candidates                           | escalation
            /api/v1/articles                                      | knowledge
            /api/v1/articles/search?q=vpn&lang=en                 | knowledge
            /api/v1/articles/search?q=c%2B%2B+and+50%25+%26+more%3F&lang=en | knowledge
            /api/v1/reports/summary?from=2026-01-01&to=2026-02-01 | reporting
            /api/v1/organizations                                 | customer
            /api/v1/organizations/7                               | customer
            /api/v1/customers                                     | customer
            /api/v1/customers/7/assets                            | customer
            /api/v1/channels/email/inbound                        | customer
            /api/v1/integrations/alertmanager                     | customer
            /api/v1/notifications?status=FAILED                   | customer
            /api/v1/surveys/v1.abc.def                            | customer
            """)
    void aValidTokenReachesTheServiceOwningThePathUnchanged(String path, String owner) throws Exception {
        String authorization = bearer(gateway.accessToken("demo-agent", "demo-agent-secret"));

        HttpResponse<String> response = gateway.get(path, "Authorization", authorization);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("service").asString()).isEqualTo(owner);
        ReceivedRequest received = SERVICES.get(owner).nextRequest(WAIT);
        // The gateway rebuilds the query string: its encoding and order may change, its meaning may not.
        assertThat(received.path()).isEqualTo(URI.create(path).getRawPath());
        assertThat(received.queryParameters()).isEqualTo(decodeForm(URI.create(path).getRawQuery()));
        assertThat(received.header("Authorization")).isEqualTo(authorization);
        String correlationId = received.header("X-Correlation-Id");
        assertThat(UUID.fromString(correlationId)).isNotNull();
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly(correlationId);
    }

    /**
     * The proxy's connection pool (ProxyClientConfiguration): with the HTTP client's default of five
     * connections per service, the sixth concurrent request would wait for a free one.
     */
    @Test
    void manyConcurrentRequestsReachOneServiceAtOnce() throws Exception {
        int concurrent = 30;
        String authorization = bearer(gateway.accessToken("demo-agent", "demo-agent-secret"));
        FakeService ticket = SERVICES.get("ticket");
        ticket.holdRequestsUntilInFlight(concurrent, Duration.ofSeconds(10));
        ExecutorService callers = Executors.newFixedThreadPool(concurrent);
        try {
            List<Future<HttpResponse<String>>> responses = new ArrayList<>();
            for (int i = 0; i < concurrent; i++) {
                responses.add(callers.submit(() -> gateway.get("/api/v1/tickets", "Authorization", authorization)));
            }
            for (Future<HttpResponse<String>> response : responses) {
                assertThat(response.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
        }
        finally {
            ticket.answerAtOnce();
            callers.shutdownNow();
        }

        assertThat(ticket.mostInFlight()).isEqualTo(concurrent);
    }

    @Test
    void aRequestBodyAndTheCallersCorrelationIdGoDownstreamAsSent() throws Exception {
        String authorization = bearer(gateway.accessToken("demo-integration", "demo-integration-secret"));
        String ticket = "{\"type\":\"INCIDENT\",\"subject\":\"VPN down\"}";

        HttpResponse<String> response = gateway.post("/api/v1/tickets", ticket,
                "Authorization", authorization, "X-Correlation-Id", "alert-7f3a");

        assertThat(response.statusCode()).isEqualTo(200);
        ReceivedRequest received = SERVICES.get("ticket").nextRequest(WAIT);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.body()).isEqualTo(ticket);
        assertThat(received.header("X-Correlation-Id")).isEqualTo("alert-7f3a");
        assertThat(response.headers().allValues("X-Correlation-Id")).containsExactly("alert-7f3a");
    }

    @Test
    void aFormPostGoesDownstreamAsSent() throws Exception {
        String authorization = bearer(gateway.accessToken("demo-integration", "demo-integration-secret"));
        String form = "from=jane%40example.com&subject=Printer+on+fire&body=a%2Bb%3Dc%26d";

        HttpResponse<String> response = gateway.send(HttpRequest.newBuilder()
            .uri(URI.create("http://127.0.0.1:" + port + "/api/v1/channels/email/inbound?provider=test"))
            .header("Authorization", authorization)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(BodyPublishers.ofString(form)));

        assertThat(response.statusCode()).isEqualTo(200);
        ReceivedRequest received = SERVICES.get("customer").nextRequest(WAIT);
        assertThat(received.queryParameters()).isEqualTo(Map.of("provider", List.of("test")));
        assertThat(decodeForm(received.body())).isEqualTo(decodeForm(form));
    }

    @Test
    void aCorrelationIdThatCouldForgeLogLinesIsReplaced() throws Exception {
        String authorization = bearer(gateway.accessToken("demo-agent", "demo-agent-secret"));

        gateway.get("/api/v1/tickets", "Authorization", authorization, "X-Correlation-Id", "<script> alert(1)");

        String forwarded = SERVICES.get("ticket").nextRequest(WAIT).header("X-Correlation-Id");
        assertThat(UUID.fromString(forwarded)).isNotNull();
    }

    @Test
    void aRejectedRequestStillCarriesACorrelationId() throws Exception {
        HttpResponse<String> response = gateway.get("/api/v1/tickets");

        assertThat(response.headers().firstValue("X-Correlation-Id")).isPresent();
    }

    @Test
    void aServiceThatIsNotListeningIsAnUnavailableProblemNotAnError() throws Exception {
        String authorization = bearer(gateway.accessToken("demo-supervisor", "demo-supervisor-secret"));
        FakeService reporting = SERVICES.get("reporting");
        reporting.stop();
        try {
            HttpResponse<String> response = gateway.get("/api/v1/reports/summary", "Authorization", authorization);

            assertThat(response.statusCode()).isIn(502, 503);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(json(response).path("status").asInt()).isEqualTo(response.statusCode());
        }
        finally {
            reporting.restart();
        }
    }

    /** Tomcat refuses the request line before Spring sees it; the answer is still a problem. */
    @Test
    void aRequestLineTomcatCannotReadIsABadRequestProblem() throws Exception {
        String answer;
        try (Socket socket = new Socket("localhost", port)) {
            socket.getOutputStream().write(("GET /api/v1/tickets?q={broken} HTTP/1.1\r\nHost: localhost\r\n"
                    + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .contains("\"status\":400", "\"title\":\"Bad Request\"").doesNotContain("<html");
    }

    @Test
    void anApiPathNoServiceOwnsIsNotFound() throws Exception {
        String authorization = bearer(gateway.accessToken("demo-agent", "demo-agent-secret"));

        HttpResponse<String> response = gateway.get("/api/v1/nothing-here", "Authorization", authorization);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void pathsOutsideTheApiAndTheOpenEndpointsAreClosed() throws Exception {
        String authorization = bearer(gateway.accessToken("demo-admin", "demo-admin-secret"));

        // Not /dashboard: that page is open now (its data is not), see DashboardRoutingIntegrationTest.
        HttpResponse<String> anonymous = gateway.get("/console");
        HttpResponse<String> admin = gateway.get("/actuator/env", "Authorization", authorization);

        assertUnauthorizedProblem(anonymous);
        assertThat(admin.statusCode()).isEqualTo(403);
        assertThat(admin.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    // --- health and metrics -------------------------------------------------------------

    @Test
    void healthIsUpWhenEveryServiceIsReady() throws Exception {
        HttpResponse<String> response = gateway.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void healthIsDownWhenAServiceIsNotReady() throws Exception {
        SERVICES.get("escalation").readinessAnswers(503, "{\"status\":\"DOWN\"}");

        HttpResponse<String> response = gateway.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(json(response).path("status").asString()).isEqualTo("DOWN");
        assertThat(serviceHealth("escalationService").path("status").asString()).isEqualTo("DOWN");
        assertThat(serviceHealth("ticketService").path("status").asString()).isEqualTo("UP");
    }

    @Test
    void healthIsDownWhenAServiceIsUnreachable() throws Exception {
        FakeService knowledge = SERVICES.get("knowledge");
        knowledge.stop();
        try {
            HttpResponse<String> response = gateway.get("/actuator/health");

            assertThat(response.statusCode()).isEqualTo(503);
            assertThat(json(response).path("status").asString()).isEqualTo("DOWN");
            assertThat(serviceHealth("knowledgeService").path("details").path("error").asString())
                .contains("ConnectException");
        }
        finally {
            knowledge.restart();
        }
    }

    @Test
    void healthIsDownWhenAServiceAnswersTooSlowly() throws Exception {
        SERVICES.get("customer").readinessIsSlow(Duration.ofSeconds(2));

        HttpResponse<String> response = gateway.get("/actuator/health");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(serviceHealth("customerService").path("status").asString()).isEqualTo("DOWN");
    }

    @Test
    void theGatewaysOwnProbesIgnoreTheServicesBehindIt() throws Exception {
        SERVICES.get("ticket").readinessAnswers(503, "{\"status\":\"DOWN\"}");

        assertThat(gateway.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(gateway.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(gateway.get("/actuator/health").statusCode()).isEqualTo(503);
    }

    @Test
    void healthDetailsAreForAdminsOnly() throws Exception {
        String agent = bearer(gateway.accessToken("demo-supervisor", "demo-supervisor-secret"));

        JsonNode anonymousView = json(gateway.get("/actuator/health"));
        JsonNode supervisorView = json(gateway.get("/actuator/health", "Authorization", agent));

        assertThat(anonymousView.has("components")).isFalse();
        assertThat(supervisorView.has("components")).isFalse();
        assertThat(serviceHealth("ticketService").path("details").path("uri").asString())
            .isEqualTo(SERVICES.get("ticket").uri() + "/actuator/health/readiness");
    }

    @Test
    void metricsAreServedInPrometheusFormat() throws Exception {
        gateway.get("/actuator/health");

        HttpResponse<String> response = gateway.get("/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes", "http_server_requests_seconds_count",
                "application=\"gateway\"");
    }

    // --- helpers ------------------------------------------------------------------------

    private JWKSet publishedKeys() throws Exception {
        return JWKSet.parse(gateway.get("/oauth2/jwks").body());
    }

    private JsonNode serviceHealth(String name) throws Exception {
        String admin = bearer(gateway.accessToken("demo-admin", "demo-admin-secret"));
        JsonNode health = json(gateway.get("/actuator/health", "Authorization", admin));
        return health.path("components").path("services").path("components").path(name);
    }

    private static void assertUnauthorizedProblem(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                challenge -> assertThat(challenge).startsWith("Bearer"));
        JsonNode problem = json(response);
        assertThat(problem.path("status").asInt()).isEqualTo(401);
        assertThat(problem.path("title").asString()).isEqualTo("Unauthorized");
    }

    private static String signWithAnotherKey(SignedJWT genuine) throws ParseException, JOSEException {
        JWTClaimsSet claims = new JWTClaimsSet.Builder(genuine.getJWTClaimsSet())
            .expirationTime(Date.from(Instant.now().plus(Duration.ofHours(1))))
            .build();
        SignedJWT forged = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(genuine.getHeader().getKeyID()).build(), claims);
        forged.sign(new RSASSASigner(SigningKeys.ephemeral()));
        return forged.serialize();
    }
}
