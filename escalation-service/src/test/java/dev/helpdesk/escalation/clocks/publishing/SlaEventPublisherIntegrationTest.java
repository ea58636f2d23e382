package dev.helpdesk.escalation.clocks.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.sla.SlaBreached;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaTargetStopped;
import dev.helpdesk.contracts.sla.SlaWarning;
import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.calendars.DefaultCalendars;
import dev.helpdesk.escalation.clock.SlaTargets;
import dev.helpdesk.escalation.clocks.PolicyInForce;
import dev.helpdesk.escalation.clocks.PolicyLookup;
import dev.helpdesk.escalation.clocks.TicketClocks;
import dev.helpdesk.escalation.clocks.TicketDetails;
import dev.helpdesk.escalation.clocks.TicketEvent;
import dev.helpdesk.escalation.clocks.TicketTransition;
import dev.helpdesk.escalation.clocks.integration.KafkaSlaEventSender;
import dev.helpdesk.escalation.clocks.store.MongoPublishingQueue;
import dev.helpdesk.escalation.clocks.store.MongoTicketClocks;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketType;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.TopicProbe;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * The SLA publisher with real parts: the queues on clock documents in a MongoDB-wire server, and a
 * Kafka broker (KRaft) that acknowledges with acks=all, or an address where no broker answers.
 * Each test queues a P1 ticket's six thresholds (opened long ago, every timer due) and publishes.
 */
class SlaEventPublisherIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    /** 15 min to the first response, 4 h to the resolution, warnings at 75 % and 90 %. */
    private static final PolicyLookup P1 = facts -> Optional.of(new PolicyInForce("default-p1", "24x7",
            SlaTargets.of(Duration.ofMinutes(15), Duration.ofHours(4)), BusinessCalendar.aroundTheClock(ZoneOffset.UTC)));
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private static EmbeddedKafkaKraftBroker broker;

    private MongoServer server;
    private MongoClient client;
    private MongoCollection<Document> documents;
    private TicketClocks clocks;
    private MongoTicketClocks store;
    private MongoPublishingQueue queue;
    private final List<DefaultKafkaProducerFactory<String, byte[]>> producers = new ArrayList<>();
    private final MeterRegistry meters = new SimpleMeterRegistry();
    private TopicProbe topic;

    @BeforeAll
    static void startBroker() {
        broker = new EmbeddedKafkaKraftBroker(1, 1);
        broker.afterPropertiesSet();
        // as the service creates it (SlaEventsTopic): a ticket's events stay on one of several partitions
        broker.addTopics(new NewTopic(Topics.SLA, 3, (short) 1));
    }

    @AfterAll
    static void stopBroker() {
        broker.destroy();
    }

    @BeforeEach
    void startStore() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort());
        var database = client.getDatabase("escalation-test");
        documents = database.getCollection("sla_clocks");
        store = new MongoTicketClocks(database, Clock.systemUTC());
        store.createIndexes();
        queue = new MongoPublishingQueue(database);
        queue.createIndexes();
        clocks = new TicketClocks(store, P1);
        topic = new TopicProbe(broker.getBrokersAsString());
    }

    @AfterEach
    void stopStore() {
        topic.close();
        producers.forEach(DefaultKafkaProducerFactory::destroy);
        client.close();
        server.shutdown();
    }

    @Test
    void queuedThresholdsArePublishedInOrderAsCloudEventsAndLeaveTheQueueWithoutTouchingTheClock() {
        String ticketId = queuedTicket();
        long version = document(ticketId).getLong("version");

        int published = publisher(broker.getBrokersAsString()).runOnce();

        assertThat(published).isEqualTo(6);
        List<ConsumerRecord<byte[], byte[]>> records = recordsOf(ticketId);
        assertThat(records).extracting(record -> CODEC.decode(record.value()).getId()).containsExactly(
                ticketId + ":FIRST_RESPONSE:0.75", ticketId + ":FIRST_RESPONSE:0.9", ticketId + ":FIRST_RESPONSE:1.0",
                ticketId + ":RESOLUTION:0.75", ticketId + ":RESOLUTION:0.9", ticketId + ":RESOLUTION:1.0");
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<byte[], byte[]> record = records.get(i);
            CloudEvent event = CODEC.decode(record.value());
            assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo(CloudEventContract.CONTENT_TYPE);
            assertThat(event.getSource()).hasToString(Sources.ESCALATION_SERVICE);
            assertThat(event.getSubject()).isEqualTo(ticketId);
            assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(i + 1);
            assertThat(event.getType()).isEqualTo(i % 3 == 2 ? SlaEventTypes.BREACHED : SlaEventTypes.WARNING);
        }
        CloudEvent firstWarning = CODEC.decode(records.get(0).value());
        assertThat(firstWarning.getTime().toInstant()).isEqualTo(T0.plus(Duration.parse("PT11M15S")));
        assertThat(CODEC.dataOf(firstWarning, SlaWarning.class)).isEqualTo(new SlaWarning(ticketId, "FIRST_RESPONSE",
                0.75, T0.plus(Duration.parse("PT11M15S")), T0.plus(Duration.parse("PT15M")), "PT3M45S", "default-p1",
                "P1"));
        assertThat(CODEC.dataOf(CODEC.decode(records.get(5).value()), SlaBreached.class)).isEqualTo(new SlaBreached(
                ticketId, "RESOLUTION", 1.0, T0.plus(Duration.ofHours(4)), T0.plus(Duration.ofHours(4)),
                "default-p1", "P1"));
        Document clock = document(ticketId);
        assertThat(clock.getList("unpublished", Document.class)).isEmpty();
        assertThat(clock.getBoolean("publishPending")).isFalse();
        assertThat(clock.getLong("version")).as("the clock's version is the clock writers'").isEqualTo(version);
        assertThat(meters.get("helpdesk.escalation.sla.published").tag("type", SlaEventTypes.WARNING).counter()
                .count()).isEqualTo(4);
        assertThat(meters.get("helpdesk.escalation.sla.published").tag("type", SlaEventTypes.BREACHED).counter()
                .count()).isEqualTo(2);

        assertThat(publisher(broker.getBrokersAsString()).runOnce()).as("a second pass").isZero();
        assertThat(recordsOf(ticketId)).hasSize(6);
    }

    @Test
    void aStoppedTargetIsPublishedOnceWithTheBusinessTimeItUsedOnItsCalendar() {
        // a P3 on business hours (Monday to Friday, 08:00 to 18:00): 4 h to the first response
        BusinessCalendar businessHours = DefaultCalendars.in(ZoneOffset.UTC).stream()
                .filter(definition -> definition.id().equals(DefaultCalendars.BUSINESS_HOURS)).findFirst()
                .orElseThrow().calendar();
        TicketClocks working = new TicketClocks(store, facts -> Optional.of(new PolicyInForce("default-p3",
                DefaultCalendars.BUSINESS_HOURS, SlaTargets.of(Duration.ofHours(4), Duration.ofHours(30)),
                businessHours)));
        String ticketId = UUID.randomUUID().toString();
        Instant friday = Instant.parse("2026-06-05T17:00:00Z");
        Instant monday = Instant.parse("2026-06-08T09:00:00Z");
        working.apply(new TicketEvent(ticketId, 1, friday, new TicketTransition.Opened(
                new TicketDetails(Priority.P3, TicketType.INCIDENT, "network", "c-1"))));
        TicketEvent reply = new TicketEvent(ticketId, 2, monday, new TicketTransition.FirstResponded());
        working.apply(reply);
        working.apply(reply); // redelivered

        assertThat(publisher(broker.getBrokersAsString()).runOnce()).isEqualTo(1);
        assertThat(publisher(broker.getBrokersAsString()).runOnce()).as("a second pass").isZero();

        List<ConsumerRecord<byte[], byte[]>> records = recordsOf(ticketId);
        assertThat(records).hasSize(1);
        CloudEvent event = CODEC.decode(records.get(0).value());
        assertThat(event.getType()).isEqualTo(SlaEventTypes.TARGET_STOPPED);
        assertThat(event.getId()).isEqualTo(ticketId + ":FIRST_RESPONSE:stopped:1");
        assertThat(event.getTime().toInstant()).isEqualTo(monday);
        assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(1);
        // Friday 17-18 and Monday 08-09: 2 business hours of 64 on the wall clock
        assertThat(CODEC.dataOf(event, SlaTargetStopped.class)).isEqualTo(new SlaTargetStopped(ticketId,
                "FIRST_RESPONSE", "default-p3", DefaultCalendars.BUSINESS_HOURS, "PT2H", "PT64H", true, monday));
        assertThat(meters.get("helpdesk.escalation.sla.published").tag("type", SlaEventTypes.TARGET_STOPPED)
                .counter().count()).isEqualTo(1);
    }

    @Test
    void aResendAfterACrashBetweenAcknowledgementAndRemovalIsTheSameEvent() {
        String ticketId = queuedTicket();
        Document firstQueued = document(ticketId).getList("unpublished", Document.class).get(0);
        publisher(broker.getBrokersAsString()).runOnce();

        // as if the pass had crashed after the broker's ack, before it removed the entry
        documents.updateOne(Filters.eq("_id", ticketId), Updates.combine(
                Updates.push("unpublished", firstQueued), Updates.set("publishPending", true)));
        int resent = publisher(broker.getBrokersAsString()).runOnce();

        assertThat(resent).isEqualTo(1);
        List<ConsumerRecord<byte[], byte[]>> records = recordsOf(ticketId);
        assertThat(records).hasSize(7);
        assertThat(CODEC.decode(records.get(6).value()).getId()).isEqualTo(ticketId + ":FIRST_RESPONSE:0.75");
        assertThat(records.get(6).value()).as("the same event, byte for byte").isEqualTo(records.get(0).value());
        assertThat(document(ticketId).getList("unpublished", Document.class)).isEmpty();
    }

    @Test
    void whileKafkaIsUnreachableEverythingStaysQueuedAndIsPublishedOnceItIsBack() throws Exception {
        String ticketId = queuedTicket();
        List<Document> queued = document(ticketId).getList("unpublished", Document.class);

        int whileDown = publisher("127.0.0.1:" + freePort()).runOnce();

        assertThat(whileDown).isZero();
        assertThat(document(ticketId).getList("unpublished", Document.class)).isEqualTo(queued);
        assertThat(document(ticketId).getBoolean("publishPending")).isTrue();
        assertThat(meters.get("helpdesk.events.publish.failures").tag("topic", Topics.SLA).counter().count())
                .isPositive();

        int onceBack = publisher(broker.getBrokersAsString()).runOnce();

        assertThat(onceBack).isEqualTo(6);
        assertThat(recordsOf(ticketId)).hasSize(6);
        assertThat(document(ticketId).getList("unpublished", Document.class)).isEmpty();
    }

    @Test
    void aThresholdQueuedWhileAPassIsUnderWayStaysQueuedForTheNextPass() {
        String ticketId = UUID.randomUUID().toString();
        open(ticketId);
        clocks.fireDue(ticketId, T0.plus(Duration.ofMinutes(12)));
        SlaEventSender kafka = sender(broker.getBrokersAsString());
        // a timer records the next warning between the pass's read and its removal
        SlaEventSender meanwhileATimerFires = (ticket, threshold) -> {
            clocks.fireDue(ticketId, T0.plus(Duration.ofMinutes(14)));
            return kafka.send(ticket, threshold);
        };

        int published = new SlaEventPublisher(queue, meanwhileATimerFires, 100, Duration.ofSeconds(10)).runOnce();

        assertThat(published).isEqualTo(1);
        Document clock = document(ticketId);
        assertThat(clock.getList("unpublished", Document.class)).extracting(entry -> entry.getString("threshold"))
                .containsExactly("0.9");
        assertThat(clock.getBoolean("publishPending")).as("still flagged for what is queued").isTrue();
        assertThat(clock.getLong("version")).as("only the clock writes raised it").isEqualTo(3);

        assertThat(publisher(broker.getBrokersAsString()).runOnce()).isEqualTo(1);
        assertThat(recordsOf(ticketId)).extracting(record -> CloudEventCodec.sequenceOf(CODEC.decode(record.value())))
                .containsExactly(1L, 2L);
    }

    @Test
    void twoPublishersAtOnceLoseNothingAndRepeatOnlyTheSameEvents() throws Exception {
        List<String> tickets = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            tickets.add(queuedTicket());
        }
        SlaEventPublisher one = publisher(broker.getBrokersAsString(), 3);
        SlaEventPublisher two = publisher(broker.getBrokersAsString(), 3);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(one::runOnce);
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(two::runOnce);
        first.get();
        second.get();

        Map<String, byte[]> byId = new HashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : topic.everythingOn(Topics.SLA)) {
            String id = CODEC.decode(record.value()).getId();
            byte[] earlier = byId.putIfAbsent(id, record.value());
            assertThat(earlier == null ? record.value() : earlier).as("a repeat of " + id).isEqualTo(record.value());
        }
        for (String ticketId : tickets) {
            assertThat(byId.keySet()).filteredOn(id -> id.startsWith(ticketId + ":")).as(ticketId).hasSize(6);
            assertThat(document(ticketId).getList("unpublished", Document.class)).as(ticketId).isEmpty();
        }
    }

    /** A P1 ticket opened at T0 whose six thresholds a timer recorded long after: all six queued. */
    private String queuedTicket() {
        String ticketId = UUID.randomUUID().toString();
        open(ticketId);
        assertThat(clocks.fireDue(ticketId, T0.plus(Duration.ofHours(5)))).hasSize(6);
        return ticketId;
    }

    private void open(String ticketId) {
        clocks.apply(new TicketEvent(ticketId, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P1, TicketType.INCIDENT, "network", "c-1"))));
    }

    private SlaEventPublisher publisher(String bootstrapServers) {
        return publisher(bootstrapServers, 100);
    }

    private SlaEventPublisher publisher(String bootstrapServers, int batchSize) {
        return new SlaEventPublisher(queue, sender(bootstrapServers), batchSize, Duration.ofSeconds(10));
    }

    /** The service's sender over a producer configured as application.yml does, impatient where no broker answers. */
    private SlaEventSender sender(String bootstrapServers) {
        DefaultKafkaProducerFactory<String, byte[]> producer = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.MAX_BLOCK_MS_CONFIG, 1000,
                ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 3000,
                ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000),
                new StringSerializer(), new ByteArraySerializer());
        producers.add(producer);
        return new KafkaSlaEventSender(new KafkaTemplate<>(producer), CODEC, Clock.systemUTC(), meters);
    }

    private List<ConsumerRecord<byte[], byte[]>> recordsOf(String ticketId) {
        byte[] key = ticketId.getBytes(StandardCharsets.UTF_8);
        return topic.everythingOn(Topics.SLA).stream()
                .filter(record -> Arrays.equals(record.key(), key))
                .toList();
    }

    private Document document(String ticketId) {
        return documents.find(Filters.eq("_id", ticketId)).first();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
