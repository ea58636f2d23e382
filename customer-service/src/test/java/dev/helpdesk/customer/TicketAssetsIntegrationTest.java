package dev.helpdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.customer.CustomerAssetAssigned;
import dev.helpdesk.contracts.customer.CustomerEventTypes;
import dev.helpdesk.contracts.ticket.ResolvedAsset;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicProbe;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 6 item 2 on the customer side (D90): a fulfilled laptop request's resolution, as the ticket
 * service publishes it on the real broker, records the handed-over device on the requester, once
 * however often it is delivered; the assignment goes out as {@code helpdesk.customer.asset-assigned.v1};
 * a resolution whose device cannot be recorded goes to the dead-letter topic with the reason.
 */
@OnEmbeddedInfrastructure
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class TicketAssetsIntegrationTest {

    private static final Duration SOON = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    @LocalServerPort
    private int port;

    @Autowired
    private TestIssuer issuer;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    private String registered() {
        HttpProbe.Reply created = http().post("/api/v1/customers", issuer.admin("demo-admin"),
                "{\"name\":\"Mia\",\"emails\":[\"mia-%s@example.com\"]}".formatted(UUID.randomUUID()));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    private HttpProbe.Reply assetsOf(String customerId) {
        return http().get("/api/v1/customers/" + customerId + "/assets", issuer.agent("demo-agent", "service-desk-l1"));
    }

    @Test
    void aResolutionThatHandsOverALaptopRecordsItOnTheRequesterOnceHoweverOftenDelivered() {
        String customer = registered();
        String ticket = UUID.randomUUID().toString();
        String laptop = UUID.randomUUID().toString();
        byte[] resolution = resolved(UUID.randomUUID().toString(), ticket, 7,
                new ResolvedAsset(laptop, customer, "LAPTOP", "ThinkPad T14 Gen 5", "PF4ABCDE", "IT-0107"));

        publish(ticket, resolution);
        await().atMost(SOON).until(() -> assetsOf(customer).<Integer>json("$.total") == 1);
        HttpProbe.Reply assets = assetsOf(customer);
        assertThat(assets.<String>json("$.items[0].id")).isEqualTo(laptop);
        assertThat(assets.<String>json("$.items[0].type")).isEqualTo("LAPTOP");
        assertThat(assets.<String>json("$.items[0].model")).isEqualTo("ThinkPad T14 Gen 5");
        assertThat(assets.<String>json("$.items[0].serial")).isEqualTo("PF4ABCDE");
        assertThat(assets.<String>json("$.items[0].assetTag")).isEqualTo("IT-0107");
        assertThat(assets.<String>json("$.items[0].assignedAt")).isNotBlank();

        // the same record again, then (same ticket, so the same partition, after it) a resolution
        // without a device and a later one with another: once the last is on record, so is the repeat
        publish(ticket, resolution);
        publish(ticket, resolved(UUID.randomUUID().toString(), ticket, 8, null));
        String replacement = UUID.randomUUID().toString();
        publish(ticket, resolved(UUID.randomUUID().toString(), ticket, 10,
                new ResolvedAsset(replacement, customer, "LAPTOP", "ThinkPad T14 Gen 5", "PF4XYZ12", null)));
        await().atMost(SOON).until(() -> assetsOf(customer).<Integer>json("$.total") == 2);
        assertThat(assetsOf(customer).<List<String>>json("$.items[*].id")).containsExactly(laptop, replacement);

        byte[] key = customer.getBytes(StandardCharsets.UTF_8);
        List<CloudEvent> published;
        try (TopicProbe kafka = new TopicProbe(bootstrapServers)) {
            await().atMost(SOON).until(() -> kafka.everythingOn(Topics.CUSTOMERS).stream()
                    .filter(record -> Arrays.equals(record.key(), key)).count() == 3);
            published = kafka.everythingOn(Topics.CUSTOMERS).stream()
                    .filter(record -> Arrays.equals(record.key(), key))
                    .map(record -> CODEC.decode(record.value())).toList();
        }
        assertThat(published).extracting(CloudEvent::getType).containsExactly(CustomerEventTypes.REGISTERED,
                CustomerEventTypes.ASSET_ASSIGNED, CustomerEventTypes.ASSET_ASSIGNED);
        CustomerAssetAssigned first = CODEC.dataOf(published.get(1), CustomerAssetAssigned.class);
        assertThat(first).isEqualTo(new CustomerAssetAssigned(customer, laptop, "LAPTOP", "ThinkPad T14 Gen 5",
                "PF4ABCDE", "IT-0107", first.assignedAt()));
        assertThat(CloudEventCodec.sequenceOf(published.get(1))).isEqualTo(2L);
        assertThat(published.get(1).getSubject()).isEqualTo(customer);
        assertThat(published.get(1).getTime().toInstant()).isEqualTo(first.assignedAt());
    }

    @Test
    void aResolutionWhoseDeviceCannotBeRecordedGoesToTheDeadLetterTopicWithTheReason() {
        String nobody = UUID.randomUUID().toString();
        String ticket = UUID.randomUUID().toString();
        publish(ticket, resolved(UUID.randomUUID().toString(), ticket, 5,
                new ResolvedAsset(UUID.randomUUID().toString(), nobody, "LAPTOP", null, "SN-1", null)));
        String invalidTicket = UUID.randomUUID().toString();
        String customer = registered();
        publish(invalidTicket, resolved(UUID.randomUUID().toString(), invalidTicket, 5,
                new ResolvedAsset(UUID.randomUUID().toString(), customer, "LAPTOP", null, null, null)));

        try (TopicProbe kafka = new TopicProbe(bootstrapServers)) {
            await().atMost(SOON).until(() -> deadLetterOf(kafka, ticket) != null
                    && deadLetterOf(kafka, invalidTicket) != null);
            assertThat(reasonOf(deadLetterOf(kafka, ticket))).contains("cannot be recorded", nobody);
            assertThat(reasonOf(deadLetterOf(kafka, invalidTicket))).contains("cannot be recorded");
        }
        assertThat(assetsOf(customer).<Integer>json("$.total")).isZero();
    }

    private static ConsumerRecord<byte[], byte[]> deadLetterOf(TopicProbe kafka, String ticketId) {
        byte[] key = ticketId.getBytes(StandardCharsets.UTF_8);
        return kafka.everythingOn(Topics.deadLetterOf(Topics.TICKETS)).stream()
                .filter(record -> Arrays.equals(record.key(), key)).findFirst().orElse(null);
    }

    private static String reasonOf(ConsumerRecord<byte[], byte[]> record) {
        Header reason = record.headers().lastHeader("x-exception-message");
        return reason == null ? "" : new String(reason.value(), StandardCharsets.UTF_8);
    }

    private static byte[] resolved(String eventId, String ticketId, long sequence, ResolvedAsset asset) {
        Instant at = Instant.now();
        return CODEC.encode(new OutgoingEvent(eventId, Sources.TICKET_SERVICE, TicketEventTypes.RESOLVED, ticketId, at,
                sequence, null, new TicketResolved(ticketId, "RESOLVED", "REQUEST_FULFILLED",
                        "Handed over the new laptop", null, "demo-agent", at, asset)));
    }

    private void publish(String ticketId, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.TICKETS, ticketId, value);
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try (TopicProbe kafka = new TopicProbe(bootstrapServers)) {
            kafka.send(record);
        }
    }
}
