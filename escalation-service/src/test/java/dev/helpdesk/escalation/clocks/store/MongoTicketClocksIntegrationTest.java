package dev.helpdesk.escalation.clocks.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.clock.SlaTargets;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.clocks.PolicyInForce;
import dev.helpdesk.escalation.clocks.PolicyLookup;
import dev.helpdesk.escalation.clocks.RecordedThreshold;
import dev.helpdesk.escalation.clocks.TicketClock;
import dev.helpdesk.escalation.clocks.TicketClockStore;
import dev.helpdesk.escalation.clocks.TicketDetails;
import dev.helpdesk.escalation.clocks.TicketEvent;
import dev.helpdesk.escalation.clocks.TicketTransition;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketType;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The clock store against a real MongoDB-wire server: exact round trips, versions, and the due-time index. */
class MongoTicketClocksIntegrationTest {

    private static final String TICKET = "7d3e2a10-5c4b-4e8f-9a1b-2c3d4e5f6a7b";
    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00.123456789Z");
    private static final PolicyLookup P1 = facts -> Optional.of(new PolicyInForce("default-p1", "24x7",
            SlaTargets.of(Duration.ofMinutes(15), Duration.ofHours(4)), BusinessCalendar.aroundTheClock(ZoneOffset.UTC)));

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private MongoTicketClocks clocks;

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
        InetSocketAddress address = server.getLocalAddress();
        client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        database = client.getDatabase("escalation-test");
        clocks = new MongoTicketClocks(database, Clock.systemUTC());
        clocks.createIndexes();
    }

    @AfterEach
    void stopServer() {
        client.close();
        server.shutdown();
    }

    @Test
    void aStoredClockReadsBackEqualWithVersionOne() {
        TicketClock opened = opened();

        assertThat(clocks.insert(opened)).isTrue();

        TicketClockStore.Stored stored = clocks.find(TICKET).orElseThrow();
        assertThat(stored.clock()).isEqualTo(opened);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(clocks.find("no-such-ticket")).isEmpty();
        assertThat(database.getCollection(MongoTicketClocks.COLLECTION).find(Filters.eq("_id", TICKET)).first()
                .getBoolean("publishPending")).as("nothing to publish yet").isFalse();
    }

    @Test
    void aSecondInsertOfTheSameTicketIsRefused() {
        clocks.insert(opened());

        assertThat(clocks.insert(opened())).isFalse();
    }

    @Test
    void ofTwoWritersOfTheSameVersionOnlyTheFirstReplaces() {
        TicketClock opened = opened();
        clocks.insert(opened);
        TicketClock paused = opened.applied(new TicketEvent(TICKET, 2, T0.plusSeconds(600),
                new TicketTransition.Paused()), P1);
        TicketClock resolved = opened.applied(new TicketEvent(TICKET, 2, T0.plusSeconds(600),
                new TicketTransition.Resolved()), P1);

        assertThat(clocks.replace(paused, 1)).isTrue();
        assertThat(clocks.replace(resolved, 1)).isFalse();

        TicketClockStore.Stored stored = clocks.find(TICKET).orElseThrow();
        assertThat(stored.clock()).isEqualTo(paused);
        assertThat(stored.version()).isEqualTo(2);
    }

    @Test
    void aReplaceAppendsWhatItRecordedToTheUnpublishedOutcomesAndALostOneAppendsNothing() {
        TicketClock opened = opened();
        clocks.insert(opened);
        RecordedThreshold warning = new RecordedThreshold(1, TargetKind.FIRST_RESPONSE, Threshold.of("0.75"),
                T0.plusSeconds(675), T0.plusSeconds(900), Duration.ofSeconds(225), "default-p1", Priority.P1);
        RecordedThreshold breach = new RecordedThreshold(3, TargetKind.FIRST_RESPONSE, Threshold.BREACH,
                T0.plusSeconds(900), T0.plusSeconds(900), Duration.ZERO, "default-p1", null);

        assertThat(clocks.replace(opened, 1, List.of(warning))).isTrue();
        assertThat(clocks.replace(opened, 1, List.of(breach))).as("a lost race").isFalse();
        assertThat(clocks.replace(opened, 2)).isTrue();
        assertThat(clocks.replace(opened, 3, List.of(breach))).isTrue();

        Document stored = database.getCollection(MongoTicketClocks.COLLECTION).find(Filters.eq("_id", TICKET)).first();
        assertThat(stored.getList("unpublished", Document.class)).containsExactly(
                new Document("target", "FIRST_RESPONSE").append("threshold", "0.75").append("breach", false)
                        .append("at", "2026-06-01T09:11:15.123456789Z").append("sequence", 1L)
                        .append("dueAt", "2026-06-01T09:15:00.123456789Z").append("remaining", "PT3M45S")
                        .append("policyId", "default-p1").append("priority", "P1"),
                new Document("target", "FIRST_RESPONSE").append("threshold", "1").append("breach", true)
                        .append("at", "2026-06-01T09:15:00.123456789Z").append("sequence", 3L)
                        .append("dueAt", "2026-06-01T09:15:00.123456789Z").append("remaining", "PT0S")
                        .append("policyId", "default-p1").append("priority", null));
        assertThat(stored.getBoolean("publishPending")).as("flagged for the publisher").isTrue();
        assertThat(stored.getLong("version")).isEqualTo(4);
        assertThat(clocks.find(TICKET).orElseThrow().clock()).isEqualTo(opened);
    }

    @Test
    void theTimersFindTheClocksDueByAnInstantThroughNextDue() {
        clocks.insert(opened());
        Instant firstWarning = opened().nextDue().orElseThrow();

        assertThat(dueBy(firstWarning.minusMillis(1))).isEmpty();
        assertThat(dueBy(firstWarning.plusMillis(1))).containsExactly(TICKET);
        assertThat(database.getCollection(MongoTicketClocks.COLLECTION).listIndexes().into(new ArrayList<>()))
                .anySatisfy(index -> assertThat(index.get("key", Document.class)).containsKey("nextDue"));
    }

    private List<String> dueBy(Instant now) {
        List<String> due = new ArrayList<>();
        database.getCollection(MongoTicketClocks.COLLECTION)
                .find(Filters.lte("nextDue", java.util.Date.from(now)))
                .forEach(document -> due.add(document.getString("_id")));
        return due;
    }

    private static TicketClock opened() {
        return TicketClock.opened(new TicketEvent(TICKET, 1, T0, new TicketTransition.Opened(
                new TicketDetails(Priority.P1, TicketType.INCIDENT, "network", "c-1"))), P1);
    }
}
