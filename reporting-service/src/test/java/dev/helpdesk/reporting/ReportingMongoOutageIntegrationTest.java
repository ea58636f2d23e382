package dev.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.reporting.query.TicketFactsProjection;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 7: a MongoDB outage must not send good events to the dead-letter topic. The embedded
 * MongoDB-wire server is stopped while a ticket is published, and a new one started on the same
 * port seconds later: the record waits, retried, and is counted once MongoDB is back; nothing
 * reaches the DLQ. (Embedded only: a container restarted gets another port.)
 */
@OnEmbeddedInfrastructure
@DirtiesContext
// Fail fast while MongoDB is down (the platform's default waits 10 s for a server), so the test
// sees several attempts within seconds.
@TestPropertySource(properties = "helpdesk.mongodb.server-selection-timeout=500ms")
class ReportingMongoOutageIntegrationTest {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @LocalServerPort
    private int port;

    @Autowired
    private MongoServer embeddedMongoServer;

    @Autowired
    private ConfigurableApplicationContext context;

    @Autowired
    private TicketFactsProjection projection;

    @Autowired
    private MeterRegistry meters;

    @Test
    void aTicketPublishedWhileMongoIsDownIsCountedWhenItIsBackAndNeverDeadLettered() throws Exception {
        HttpProbe http = HttpProbe.onLocalPort(port);
        await().atMost(WITHIN).until(() -> http.get("/actuator/health/readiness", null).status() == 200);
        Instant openedAt = Instant.parse("2032-06-01T09:00:00Z");
        try (TicketsTopic tickets = new TicketsTopic(bootstrapServers)) {
            String before = UUID.randomUUID().toString();
            tickets.send(before, TicketEventRecords.opened(before, "P3", openedAt));
            await().atMost(WITHIN).until(() -> projection.find(before).isPresent());
            InetSocketAddress address = embeddedMongoServer.getLocalAddress();

            embeddedMongoServer.shutdownNow();
            String during = UUID.randomUUID().toString();
            tickets.send(during, TicketEventRecords.opened(during, "P2", openedAt));
            // Several attempts of 500 ms each with their back-off, far more than the binding's
            // three attempts for other failures.
            await().atMost(WITHIN).until(() -> transientAttempts() >= 4);

            assertThat(deadLettered()).isZero();
            MongoServer back = new MongoServer(new MemoryBackend());
            back.bind(address.getHostString(), address.getPort());
            ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("mongoBack",
                    back::shutdownNow);

            await().atMost(WITHIN).until(() -> projection.find(during).isPresent());
            assertThat(deadLettered()).isZero();
            assertThat(tickets.deadLetters()).noneMatch(record -> Arrays.equals(record.key(),
                    during.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private double transientAttempts() {
        return meters.get("helpdesk.reporting.failed.attempts").tag("topic", Topics.TICKETS)
                .tag("failure", "transient").counter().count();
    }

    private double deadLettered() {
        return meters.get("helpdesk.reporting.events").tag("topic", Topics.TICKETS).tag("outcome", "dead-lettered")
                .counter().count();
    }
}
