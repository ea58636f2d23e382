package dev.helpdesk.ticket.integration;

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

/**
 * With its MongoDB gone, the service answers 503 problems with {@code Retry-After}, the same for
 * a command that goes through Axon's event store and for a query, never a bare 500.
 */
class DatabaseOutageIntegrationTest {

    private static final String TICKET = """
            {"type":"INCIDENT","subject":"Mail server down","description":"No mail since 9:00",
             "requesterId":"c0000000-0000-4000-8000-000000000001","channel":"PHONE",
             "impact":"HIGH","urgency":"HIGH","tags":[]}""";

    private final MongoServer mongo = new MongoServer(new MemoryBackend());
    private final EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
    private final TestIssuer issuer = new TestIssuer();
    private ConfigurableApplicationContext service;

    @AfterEach
    void stopEverything() {
        if (service != null) {
            service.close();
        }
        kafka.destroy();
        issuer.close();
        mongo.shutdownNow();
    }

    @Test
    void requestsWhileTheDatabaseIsDownGet503ProblemsThatSayWhenToRetry() throws Exception {
        mongo.bind("127.0.0.1", 0);
        kafka.afterPropertiesSet();
        service = start();
        HttpProbe http = HttpProbe.onLocalPort(((WebServerApplicationContext) service).getWebServer().getPort());
        String agent = issuer.agent("demo-agent", "service-desk-l1");
        HttpProbe.Reply opened = http.post("/api/v1/tickets", agent, TICKET);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json("$.id");

        mongo.shutdownNow();

        HttpProbe.Reply created = http.post("/api/v1/tickets", agent, TICKET, Map.of("Idempotency-Key", "outage-1"));
        HttpProbe.Reply commented = http.post("/api/v1/tickets/" + id + "/comments", agent,
                "{\"body\":\"Looking into it\",\"visibility\":\"INTERNAL\"}");
        HttpProbe.Reply listed = http.get("/api/v1/tickets?status=NEW", agent);
        for (HttpProbe.Reply reply : new HttpProbe.Reply[] {created, commented, listed}) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.header("Retry-After")).isEqualTo("5");
            assertThat((String) reply.json("$.title")).isEqualTo("Database unavailable");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TicketServiceApplication.class)
                .run("--server.port=0",
                        "--spring.mongodb.host=127.0.0.1",
                        "--spring.mongodb.port=" + mongo.getLocalAddress().getPort(),
                        "--helpdesk.mongodb.server-selection-timeout=1s",
                        "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--helpdesk.security.issuer=" + issuer.issuer());
    }
}
