package dev.helpdesk.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.AbstractMongoEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoEventStorageEngine;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An event whose write took longer than the tracking look-back window still reaches a tracking
 * processor (D113). The late write is played by an event stamped that long ago: to a processor
 * that has read past it, it is the same.
 */
abstract class LateCommitBehaviour {

    private static final Duration LOOK_BACK = Duration.ofSeconds(5);

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private MongoClient client;
    private MongoTemplate template;

    /** A MongoDB connection string, to a database server running for the test. */
    protected abstract String connectionString();

    @BeforeEach
    void connect() {
        client = MongoClients.create(connectionString());
        String database = "late-commits-" + UUID.randomUUID();
        template = DefaultMongoTemplate.builder().mongoDatabase(client, database).build();
    }

    @AfterEach
    void disconnect() {
        client.close();
    }

    @Test
    void anEventCommittedLaterThanTheWindowIsStampedAnewAndTracked() {
        MongoEventStorageEngine store = store(restamping());
        store.appendEvents(event("ticket-1", 0, Instant.now()));
        TrackingToken pastTheFirst = lastToken(read(store, null));

        // stamped by its aggregate ten seconds ago, committed only now
        Instant stampedLongAgo = Instant.now().minusSeconds(10);
        store.appendEvents(event("ticket-2", 0, stampedLongAgo));

        List<? extends TrackedEventMessage<?>> tracked = read(store, pastTheFirst);
        assertThat(payloads(tracked)).containsExactly("ticket-2 #0");
        assertThat(tracked.get(0).getTimestamp()).isAfter(stampedLongAgo.plus(LOOK_BACK));
        assertThat(meters.counter("helpdesk.events.restamped").count()).isEqualTo(1);
    }

    /** What the guard is for: Axon's strategy alone never shows a processor past it such an event. */
    @Test
    void withoutTheGuardSuchAnEventIsStoredButNeverTracked() {
        MongoEventStorageEngine store = store(new DocumentPerEventStorageStrategy(
                EventEntryConfiguration.getDefault(), LOOK_BACK));
        store.appendEvents(event("ticket-1", 0, Instant.now()));
        TrackingToken pastTheFirst = lastToken(read(store, null));

        store.appendEvents(event("ticket-2", 0, Instant.now().minusSeconds(10)));

        assertThat(read(store, pastTheFirst)).isEmpty();
        assertThat(store.readEvents("ticket-2").asStream()).hasSize(1);
    }

    @Test
    void anEventCommittedInTimeKeepsItsTimestamp() {
        MongoEventStorageEngine store = store(restamping());
        store.appendEvents(event("ticket-1", 0, Instant.now()));
        TrackingToken pastTheFirst = lastToken(read(store, null));

        // the store keeps milliseconds
        Instant stamped = Instant.now().minusMillis(500).truncatedTo(ChronoUnit.MILLIS);
        store.appendEvents(event("ticket-2", 0, stamped), event("ticket-2", 1, stamped));

        List<? extends TrackedEventMessage<?>> tracked = read(store, pastTheFirst);
        assertThat(payloads(tracked)).containsExactly("ticket-2 #0", "ticket-2 #1");
        assertThat(tracked).allSatisfy(event -> assertThat(event.getTimestamp()).isEqualTo(stamped));
        assertThat(meters.counter("helpdesk.events.restamped").count()).isZero();
    }

    @Test
    void everyEventOfALateBatchIsStampedAnewAndKeepsItsOrder() {
        MongoEventStorageEngine store = store(restamping());
        Instant timely = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        store.appendEvents(event("ticket-1", 0, timely));
        TrackingToken pastTheFirst = lastToken(read(store, null));

        Instant stampedLongAgo = Instant.now().minusSeconds(30);
        store.appendEvents(event("ticket-2", 0, stampedLongAgo), event("ticket-2", 1, stampedLongAgo.plusMillis(1)),
                event("ticket-2", 2, stampedLongAgo.plusMillis(2)));

        assertThat(payloads(read(store, pastTheFirst)))
                .containsExactly("ticket-2 #0", "ticket-2 #1", "ticket-2 #2");
        long stillOld = template.eventCollection().countDocuments(Filters.lt(
                EventEntryConfiguration.getDefault().timestampProperty(),
                formatInstant(stampedLongAgo.plus(LOOK_BACK))));
        assertThat(stillOld).isZero();
        assertThat(meters.counter("helpdesk.events.restamped").count()).isEqualTo(3);
        // only the late batch's events
        assertThat(store.readEvents("ticket-1").asStream()).singleElement()
                .satisfies(event -> assertThat(event.getTimestamp()).isEqualTo(timely));
    }

    @Test
    void anEventOfNoAggregateIsStampedAnewToo() {
        MongoEventStorageEngine store = store(restamping());
        store.appendEvents(event("ticket-1", 0, Instant.now()));
        TrackingToken pastTheFirst = lastToken(read(store, null));

        store.appendEvents(new GenericEventMessage<>(new GenericMessage<>("a deflection"),
                () -> Instant.now().minusSeconds(10)));

        assertThat(payloads(read(store, pastTheFirst))).containsExactly("a deflection");
    }

    /**
     * Within the window, late commits are what the tokens' event ids are for: read in small batches
     * while events keep arriving, some stamped up to a window late, the shared-window tokens (D115)
     * see the same events in the same order with the same tokens as Axon's own strategy.
     */
    @Test
    void eventsCommittedLateWithinTheWindowAreReadAsAxonsStrategyReadsThem() {
        MongoEventStorageEngine store = store(restamping());
        DocumentPerEventStorageStrategy axons = new DocumentPerEventStorageStrategy(
                EventEntryConfiguration.getDefault(), LOOK_BACK);
        Random random = new Random(115);
        TrackingToken ours = null;
        TrackingToken theirs = null;
        int read = 0;
        for (int round = 0; round < 40; round++) {
            Instant now = Instant.now();
            for (int event = 0; event < 5; event++) {
                Instant stamped = random.nextInt(4) == 0 ? now.minusMillis(random.nextInt(2_000)) : now;
                store.appendEvents(event("ticket-" + round, event, stamped));
            }
            List<? extends TrackedEventData<?>> ourBatch = restamping().findTrackedEvents(
                    template.eventCollection(), ours, 3);
            List<? extends TrackedEventData<?>> theirBatch = axons.findTrackedEvents(
                    template.eventCollection(), theirs, 3);
            assertThat(ids(ourBatch)).isEqualTo(ids(theirBatch));
            for (int at = 0; at < ourBatch.size(); at++) {
                MongoTrackingToken our = (MongoTrackingToken) ourBatch.get(at).trackingToken();
                MongoTrackingToken their = (MongoTrackingToken) theirBatch.get(at).trackingToken();
                assertThat(our.getTimestamp()).isEqualTo(their.getTimestamp());
                assertThat(our.getTrackedEvents()).containsExactlyEntriesOf(their.getTrackedEvents());
            }
            if (!ourBatch.isEmpty()) {
                ours = ourBatch.get(ourBatch.size() - 1).trackingToken();
                theirs = theirBatch.get(theirBatch.size() - 1).trackingToken();
            }
            read += ourBatch.size();
        }
        assertThat(read).isEqualTo(120);
    }

    /** Under load, a read after one that found little waits for the linger, then brings all that came (D117). */
    @Test
    void aReadAfterOneThatFoundLittleWaitsForTheLingerAndBringsWhatArrivedMeanwhile() {
        Duration linger = Duration.ofMillis(400);
        LateCommitRestamping strategy = new LateCommitRestamping(EventEntryConfiguration.getDefault(), LOOK_BACK,
                linger, Clock.systemUTC(), meters);
        MongoEventStorageEngine store = store(strategy);
        store.appendEvents(event("ticket-1", 0, Instant.now()));

        long started = System.nanoTime();
        List<? extends TrackedEventData<?>> first = strategy.findTrackedEvents(template.eventCollection(), null, 10);
        store.appendEvents(event("ticket-2", 0, Instant.now()), event("ticket-3", 0, Instant.now()));
        List<? extends TrackedEventData<?>> second = strategy.findTrackedEvents(template.eventCollection(),
                first.get(first.size() - 1).trackingToken(), 10);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(linger);
        assertThat(ids(first)).hasSize(1);
        assertThat(ids(second)).hasSize(2);
    }

    /** A processor catching up reads full batches back to back: no linger after a full one. */
    @Test
    void aReadAfterAFullBatchDoesNotWait() {
        LateCommitRestamping strategy = new LateCommitRestamping(EventEntryConfiguration.getDefault(), LOOK_BACK,
                Duration.ofMinutes(1), Clock.systemUTC(), meters);
        MongoEventStorageEngine store = store(strategy);
        store.appendEvents(event("ticket-1", 0, Instant.now()), event("ticket-1", 1, Instant.now()),
                event("ticket-1", 2, Instant.now()));

        List<? extends TrackedEventData<?>> events = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<? extends TrackedEventData<?>> full = strategy.findTrackedEvents(template.eventCollection(), null, 2);
            return strategy.findTrackedEvents(template.eventCollection(), full.get(1).trackingToken(), 2);
        });
        assertThat(events).singleElement()
                .satisfies(event -> assertThat(((DomainEventData<?>) event).getSequenceNumber()).isEqualTo(2));
    }

    private LateCommitRestamping restamping() {
        return new LateCommitRestamping(EventEntryConfiguration.getDefault(), LOOK_BACK, Duration.ZERO,
                Clock.systemUTC(), meters);
    }

    private MongoEventStorageEngine store(AbstractMongoEventStorageStrategy strategy) {
        JacksonSerializer serializer = JacksonSerializer.defaultSerializer();
        return MongoEventStorageEngine.builder()
                .mongoTemplate(template)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .storageStrategy(strategy)
                .build();
    }

    private static GenericDomainEventMessage<String> event(String ticket, long sequence, Instant stamped) {
        return new GenericDomainEventMessage<>("Ticket", ticket, sequence, ticket + " #" + sequence, Map.of(),
                UUID.randomUUID().toString(), stamped);
    }

    private static List<? extends TrackedEventMessage<?>> read(MongoEventStorageEngine store, TrackingToken from) {
        try (Stream<? extends TrackedEventMessage<?>> events = store.readEvents(from, false)) {
            return events.toList();
        }
    }

    private static List<String> ids(List<? extends TrackedEventData<?>> events) {
        return events.stream().map(TrackedEventData::getEventIdentifier).toList();
    }

    private static List<Object> payloads(List<? extends TrackedEventMessage<?>> events) {
        return events.stream().<Object>map(TrackedEventMessage::getPayload).toList();
    }

    private static TrackingToken lastToken(List<? extends TrackedEventMessage<?>> events) {
        assertThat(events).isNotEmpty();
        return events.get(events.size() - 1).trackingToken();
    }
}
