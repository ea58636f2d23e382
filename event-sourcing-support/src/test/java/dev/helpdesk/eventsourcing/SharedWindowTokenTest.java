package dev.helpdesk.eventsourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tokens sharing one window must be, event for event, the tokens Axon's own token would be: the
 * same newest timestamp and the same events of the window, in the same order (D115).
 */
class SharedWindowTokenTest {

    private static final long LOOK_BACK = 100;
    private static final Instant START = Instant.parse("2026-11-28T09:00:00Z");

    private final Random random = new Random(115);
    /** The newest stamp so far: each list of events goes on from the one before. */
    private long newest = START.toEpochMilli();

    @Test
    void aChainOfTokensMatchesAxonsTokenAfterEveryEvent() {
        assertSameChains(null, null, events(5_000, "e"));
    }

    @Test
    void tokensAlreadyHandedOutStayAsTheyWereWhileOthersBranchFromThem() {
        List<Event> events = events(600, "a");
        List<MongoTrackingToken> ours = chain(null, events);
        List<Map<String, Long>> before = ours.stream().map(token -> copy(token.getTrackedEvents())).toList();

        // a second reader continues from a token in the middle, and from the last one twice, with
        // events of the same time as those after it
        newest = ours.get(300).getTimestamp().toEpochMilli();
        assertSameChains(ours.get(300), axonChain(null, events).get(300), events(400, "b"));
        newest = ours.get(599).getTimestamp().toEpochMilli();
        assertSameChains(ours.get(599), axonChain(null, events).get(599), events(400, "c"));
        newest = ours.get(599).getTimestamp().toEpochMilli();
        assertSameChains(ours.get(599), axonChain(null, events).get(599), events(400, "d"));

        assertThat(ours.stream().map(token -> copy(token.getTrackedEvents())).toList())
                .containsExactlyElementsOf(before);
    }

    @Test
    void aTokenReadBackFromStorageContinuesAsAxonsWould() {
        List<Event> events = events(300, "a");
        MongoTrackingToken stored = axonChain(null, events).get(299);
        MongoTrackingToken restored = MongoTrackingToken.of(stored.getTimestamp(), copy(stored.getTrackedEvents()));

        assertSameChains(restored, stored, events(300, "b"));
    }

    /**
     * An event stamped anew (D113) is read again under its new stamp once its old one left the window:
     * shortly after (its id still recorded before the window's start) or long after.
     */
    @ParameterizedTest
    @ValueSource(ints = {100, 200, 1_000})
    void anEventReadAgainAfterItsFirstReadLeftTheWindowIsTrackedAgain(int readBetween) {
        List<Event> events = new ArrayList<>(events(readBetween, "a"));
        newest += 1;
        events.add(new Event(events.get(10).id(), Instant.ofEpochMilli(newest)));
        events.addAll(events(200, "b"));

        assertSameChains(null, null, events);
    }

    @Test
    void aTokenIsStoredAsJsonAndReadBackEqual() {
        MongoTrackingToken token = chain(null, events(50, "a")).get(49);
        JacksonSerializer serializer = JacksonSerializer.builder()
                .objectMapper(new AxonMongoStorage().axonObjectMapper())
                .build();

        SerializedObject<String> json = serializer.serialize(token, String.class);
        TrackingToken read = serializer.deserialize(json);

        assertThat(json.getData()).contains("\"timestamp\"", "\"trackedEvents\"");
        assertThat(read).isEqualTo(token);
        assertThat(((MongoTrackingToken) read).getTrackedEvents()).containsExactlyEntriesOf(token.getTrackedEvents());
    }

    @Test
    void aTokenSurvivesJavaSerialization() throws Exception {
        MongoTrackingToken token = chain(null, events(50, "a")).get(49);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(token);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            MongoTrackingToken read = (MongoTrackingToken) in.readObject();
            assertThat(read.getTimestamp()).isEqualTo(token.getTimestamp());
            assertThat(read.getTrackedEvents()).containsExactlyEntriesOf(token.getTrackedEvents());
        }
    }

    private void assertSameChains(MongoTrackingToken ourStart, MongoTrackingToken axonStart, List<Event> events) {
        List<MongoTrackingToken> ours = chain(ourStart, events);
        List<MongoTrackingToken> axons = axonChain(axonStart, events);
        for (int at = 0; at < events.size(); at++) {
            MongoTrackingToken our = ours.get(at);
            MongoTrackingToken axon = axons.get(at);
            assertThat(our.getTimestamp()).as("timestamp after event %d", at).isEqualTo(axon.getTimestamp());
            assertThat(our.getTrackedEvents()).as("window after event %d", at)
                    .containsExactlyEntriesOf(axon.getTrackedEvents());
            for (int probe = Math.max(0, at - 40); probe <= at; probe++) {
                String id = events.get(probe).id();
                assertThat(our.getKnownEventIds().contains(id)).as("knows %s after event %d", id, at)
                        .isEqualTo(axon.getKnownEventIds().contains(id));
                assertThat(our.getTrackedEvents().get(id)).isEqualTo(axon.getTrackedEvents().get(id));
            }
            assertThat(our.covers(axon) && axon.covers(our)).isTrue();
        }
    }

    private static List<MongoTrackingToken> chain(MongoTrackingToken start, List<Event> events) {
        List<MongoTrackingToken> tokens = new ArrayList<>();
        MongoTrackingToken token = start;
        for (Event event : events) {
            token = SharedWindowToken.after(token, event.id(), event.stamp(), LOOK_BACK);
            tokens.add(token);
        }
        return tokens;
    }

    private static List<MongoTrackingToken> axonChain(MongoTrackingToken start, List<Event> events) {
        List<MongoTrackingToken> tokens = new ArrayList<>();
        MongoTrackingToken token = start;
        for (Event event : events) {
            token = token == null ? MongoTrackingToken.of(event.stamp(), event.id())
                    : token.advanceTo(event.stamp(), event.id(), Duration.ofMillis(LOOK_BACK));
            tokens.add(token);
        }
        return tokens;
    }

    /**
     * Events a few milliseconds apart, some of them stamped up to two windows before the newest, as a
     * slow commit is read after later ones.
     */
    private List<Event> events(int count, String prefix) {
        List<Event> events = new ArrayList<>();
        for (int at = 0; at < count; at++) {
            newest += random.nextInt(4);
            long stamp = random.nextInt(10) == 0 ? newest - random.nextInt((int) LOOK_BACK * 2) : newest;
            events.add(new Event(prefix + at, Instant.ofEpochMilli(stamp)));
        }
        return events;
    }

    private static Map<String, Long> copy(Map<String, Long> events) {
        return new LinkedHashMap<>(events);
    }

    private record Event(String id, Instant stamp) {
    }
}
