package dev.helpdesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * What every service shows at its edge, whatever it owns: health and readiness that include
 * MongoDB and Kafka, Prometheus metrics, and tokens validated by the service itself.
 * A service's integration test extends this, annotated {@link OnEmbeddedInfrastructure} or
 * {@link OnContainers}.
 */
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
public abstract class ServiceEdgeContract {

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestIssuer issuer;

    @Value("${spring.application.name}")
    private String applicationName;

    /**
     * A path under {@code /api/v1} that the service protects; every path there is protected,
     * served or not, so the default does.
     */
    protected String protectedPath() {
        return "/api/v1/" + applicationName;
    }

    protected HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    @Test
    void readinessIsUpWithMongoAndKafkaReachable() {
        HttpProbe.Reply readiness = http().get("/actuator/health/readiness", issuer.admin("an-admin"));

        assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
        assertThat(readiness.<String>json("$.status")).isEqualTo("UP");
        assertThat(readiness.<String>json("$.components.mongo.status")).isEqualTo("UP");
        assertThat(readiness.<String>json("$.components.kafka.status")).isEqualTo("UP");
    }

    @Test
    void healthIsOpenButItsDetailsAreForAdminsOnly() {
        HttpProbe.Reply anonymous = http().get("/actuator/health", null);
        HttpProbe.Reply agent = http().get("/actuator/health", issuer.agent("an-agent", "service-desk-l1"));

        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.body()).doesNotContain("components");
        assertThat(agent.body()).doesNotContain("components");
        assertThat(http().get("/actuator/health", issuer.admin("an-admin")).body()).contains("\"mongo\"", "\"kafka\"");
    }

    @Test
    void prometheusMetricsAreTaggedWithTheApplication() {
        HttpProbe.Reply metrics = http().get("/actuator/prometheus", null);

        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes", "application=\"" + applicationName + "\"");
    }

    @Test
    void anApiCallWithoutATokenIsAnUnauthorizedProblem() {
        HttpProbe.Reply reply = http().get(protectedPath(), null);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void tokensThatAreExpiredForgedOrFromAnotherIssuerAreRejected() {
        List<String> badTokens = List.of(
                issuer.expiredToken("an-agent", List.of("AGENT")),
                issuer.tokenFromOtherIssuer("an-agent", List.of("AGENT")),
                issuer.forgedToken("an-agent", List.of("AGENT")),
                "not-a-jwt");

        for (String token : badTokens) {
            HttpProbe.Reply reply = http().get(protectedPath(), token);
            assertThat(reply.status()).as(token).isEqualTo(401);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void pathsOutsideTheApiAndTheActuatorAreNotServed() {
        assertThat(http().get("/actuator/env", issuer.admin("an-admin")).status()).isIn(403, 404);
    }
}
