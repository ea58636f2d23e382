package dev.helpdesk.ticket.integration;

import static org.assertj.core.api.Assertions.assertThat;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicReader;
import dev.helpdesk.ticket.TicketServiceApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * An event the store accepted is never lost: the service takes a ticket while Kafka is down,
 * stops before it could publish, and after a restart with Kafka back the event is on the topic.
 */
class PublishingSurvivesOutagesIntegrationTest {

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
    void anEventAcceptedWhileKafkaIsDownIsPublishedAfterARestart() throws Exception {
        mongo.bind("127.0.0.1", 0);
        String nobodyListens = "127.0.0.1:" + freePort();

        ConfigurableApplicationContext withoutKafka = start(nobodyListens);
        HttpProbe.Reply created = HttpProbe.onLocalPort(portOf(withoutKafka)).post("/api/v1/tickets",
                issuer.agent("demo-agent", "service-desk-l1"), """
                        {"type":"INCIDENT","subject":"Mail server down","description":"No mail since 9:00",
                         "requesterId":"c0000000-0000-4000-8000-000000000001","channel":"PHONE",
                         "impact":"HIGH","urgency":"HIGH","tags":[]}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        withoutKafka.close();

        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        running.add(kafka::destroy);
        start(kafka.getBrokersAsString());

        assertThat(TopicReader.records(kafka.getBrokersAsString(), Topics.TICKETS, record -> true,
                        found -> !found.isEmpty(), Duration.ofSeconds(60)))
                .extracting(ConsumerRecord::key).contains(created.<String>json("$.id"));
    }

    private ConfigurableApplicationContext start(String kafkaBootstrap) {
        ConfigurableApplicationContext context = new SpringApplicationBuilder(TicketServiceApplication.class)
                .run("--server.port=0",
                        "--spring.mongodb.host=127.0.0.1",
                        "--spring.mongodb.port=" + mongo.getLocalAddress().getPort(),
                        "--spring.kafka.bootstrap-servers=" + kafkaBootstrap,
                        "--helpdesk.security.issuer=" + issuer.issuer(),
                        // fail fast while the broker is away, so the first instance stops quickly
                        "--spring.kafka.admin.operation-timeout=2s",
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
