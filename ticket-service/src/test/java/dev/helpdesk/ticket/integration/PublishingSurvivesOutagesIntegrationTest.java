package dev.helpdesk.ticket.integration;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicReader;
import dev.helpdesk.ticket.TicketServiceApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An event the store accepted is never lost: the service takes tickets while Kafka is down,
 * stops before it could publish, and after a restart with Kafka back the events are on the topic.
 */
class PublishingSurvivesOutagesIntegrationTest {

    private static final int TICKETS = 5;

    private final MongoServer mongo = new MongoServer(new MemoryBackend());
    private final TestIssuer issuer = new TestIssuer();
    private final List<AutoCloseable> running = new ArrayList<>();

    @AfterEach
    void stopEverything() throws Exception {
        for (int i = running.size() - 1; i >= 0; i--) {
            running.get(i).close();
        }
        issuer.close();
        mongo.shutdownNow();
    }

    @Test
    void eventsAcceptedWhileKafkaIsDownArePublishedAfterARestart() throws Exception {
        mongo.bind("127.0.0.1", 0);
        String nobodyListens = "127.0.0.1:" + freePort();

        ConfigurableApplicationContext withoutKafka = start(nobodyListens);
        HttpProbe http = HttpProbe.onLocalPort(portOf(withoutKafka));
        String agent = issuer.agent("demo-agent", "service-desk-l1");
        Set<String> tickets = new HashSet<>();
        for (int i = 0; i < TICKETS; i++) {
            HttpProbe.Reply created = http.post("/api/v1/tickets", agent, """
                    {"type":"INCIDENT","subject":"Mail server down","description":"No mail since 9:00",
                     "requesterId":"c0000000-0000-4000-8000-000000000001","channel":"PHONE",
                     "impact":"HIGH","urgency":"HIGH","tags":[]}""");
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json("$.id");
            assertThat(http.post("/api/v1/tickets/" + id + "/comments", agent,
                    "{\"body\":\"Looking into it\",\"visibility\":\"INTERNAL\"}").status()).isEqualTo(200);
            tickets.add(id);
        }
        withoutKafka.close();

        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        running.add(kafka::destroy);
        start(kafka.getBrokersAsString());

        // the publisher sends these events as one batch: every one of them arrives, each ticket's in order
        List<ConsumerRecord<String, byte[]>> records = TopicReader.records(kafka.getBrokersAsString(),
                Topics.TICKETS, record -> tickets.contains(record.key()),
                found -> found.stream().map(ConsumerRecord::key).distinct().count() == TICKETS
                        && found.size() >= 2 * TICKETS, Duration.ofSeconds(60));
        Map<String, List<Long>> sequences = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            sequences.computeIfAbsent(record.key(), key -> new ArrayList<>())
                    .add(CloudEventCodec.sequenceOf(new CloudEventCodec().decode(record.value())));
        }
        assertThat(sequences).hasSize(TICKETS).allSatisfy((ticket, sent) -> assertThat(sent).startsWith(1L, 2L));
    }

    private ConfigurableApplicationContext start(String kafkaBootstrap) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TicketServiceApplication.class)
                .run("--server.port=0",
                        "--spring.mongodb.host=127.0.0.1",
                        "--spring.mongodb.port=" + mongo.getLocalAddress().getPort(),
                        "--spring.kafka.bootstrap-servers=" + kafkaBootstrap,
                        "--helpdesk.security.issuer=" + issuer.issuer(),
                        // fail fast while the broker is away, so the first instance starts and stops quickly:
                        // each consumer binding's look-up waits for the client's API timeout (60 s by default)
                        "--spring.kafka.admin.operation-timeout=2s",
                        "--spring.cloud.stream.kafka.binder.configuration.default.api.timeout.ms=2000",
                        "--spring.kafka.producer.properties.max.block.ms=2000",
                        "--helpdesk.kafka.ack-timeout=3s");
        running.add(context::close);
        return context;
    }

    private static int portOf(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }


    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
