package dev.helpdesk.ticket.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.ticket.TicketServiceApplication;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/** A client that retries after the service restarted still gets the ticket it first opened. */
class IdempotencySurvivesRestartIntegrationTest {

    private static final String BODY = """
            {"type":"INCIDENT","subject":"Laptop does not boot","description":"Black screen",
             "requesterId":"c0000000-0000-4000-8000-000000000001","channel":"API",
             "impact":"MEDIUM","urgency":"HIGH","tags":[]}""";

    private final MongoServer mongo = new MongoServer(new MemoryBackend());
    private final EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
    private final TestIssuer issuer = new TestIssuer();

    @AfterEach
    void stop() {
        kafka.destroy();
        issuer.close();
        mongo.shutdownNow();
    }

    @Test
    void aRetryAfterARestartReturnsTheFirstTicket() {
        mongo.bind("127.0.0.1", 0);
        kafka.afterPropertiesSet();
        String token = issuer.agent("demo-agent", "service-desk-l1");
        Map<String, String> key = Map.of("Idempotency-Key", "order-4711");

        HttpProbe.Reply first;
        try (ConfigurableApplicationContext service = start()) {
            first = HttpProbe.onLocalPort(portOf(service)).post("/api/v1/tickets", token, BODY, key);
        }
        HttpProbe.Reply retry;
        try (ConfigurableApplicationContext restarted = start()) {
            retry = HttpProbe.onLocalPort(portOf(restarted)).post("/api/v1/tickets", token, BODY, key);
        }

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(200);
        assertThat(retry.<String>json("$.id")).isEqualTo(first.json("$.id"));
        assertThat(retry.<String>json("$.number")).isEqualTo(first.json("$.number"));
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TicketServiceApplication.class).run("--server.port=0",
                "--spring.mongodb.host=127.0.0.1",
                "--spring.mongodb.port=" + mongo.getLocalAddress().getPort(),
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--helpdesk.security.issuer=" + issuer.issuer());
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
