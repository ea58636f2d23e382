package dev.helpdesk.escalation.clocks.timers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.clock.ReachedThreshold;
import dev.helpdesk.escalation.clock.SlaTargets;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.SlaClockState;
import dev.helpdesk.escalation.clocks.PolicyInForce;
import dev.helpdesk.escalation.clocks.PolicyLookup;
import dev.helpdesk.escalation.clocks.TicketClocks;
import dev.helpdesk.escalation.clocks.TicketDetails;
import dev.helpdesk.escalation.clocks.TicketEvent;
import dev.helpdesk.escalation.clocks.TicketTransition;
import dev.helpdesk.escalation.clocks.store.MongoTicketClocks;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketType;
import dev.helpdesk.escalation.scheduling.PassSchedule;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The SLA timers against a real MongoDB-wire server: catching up on what fell due while no timer
 * ran, batches, the first pass right after start, and two instances over the same collection.
 */
class ClockTimersIntegrationTest {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
    /** 15 min to the first response, 4 h to the resolution, warnings at 75 % and 90 %: six thresholds. */
    private static final PolicyLookup P1 = facts -> Optional.of(new PolicyInForce("default-p1", "24x7",
            SlaTargets.of(Duration.ofMinutes(15), Duration.ofHours(4)), BusinessCalendar.aroundTheClock(ZoneOffset.UTC)));
    private static final List<String> P1_THRESHOLDS = List.of("PT11M15S", "PT13M30S", "PT15M", "PT3H", "PT3H36M",
            "PT4H");

    private MongoServer server;
    private final List<MongoClient> clients = new ArrayList<>();

    @BeforeEach
    void startServer() {
        server = new MongoServer(new MemoryBackend());
        server.bind("127.0.0.1", 0);
    }

    @AfterEach
    void stopServer() {
        clients.forEach(MongoClient::close);
        server.shutdown();
    }

    @Test
    void aClockThatFellDueWhileNoTimerRanRecordsEveryMissedThresholdOnceInOrderOnTheFirstPass() {
        Instance instance = instance(Clock.systemUTC());
        open(instance.clocks, "overdue", T0);
        open(instance.clocks, "not-yet", T0.plus(Duration.ofHours(5)));

        int first = instance.timers.runOnce(T0.plus(Duration.ofHours(5)));
        int second = instance.timers.runOnce(T0.plus(Duration.ofHours(5)));

        assertThat(first).isEqualTo(6);
        assertThat(second).isZero();
        assertThat(recorded(instance.clocks, "overdue")).containsExactlyElementsOf(expected(T0));
        assertThat(instance.unpublished("overdue")).as("queued for publishing").containsExactlyElementsOf(expected(T0));
        assertThat(instance.clocks.find("overdue").orElseThrow().nextDue()).isEmpty();
        assertThat(recorded(instance.clocks, "not-yet")).isEmpty();
        assertThat(fired(instance.meters, "first-response", "warning")).isEqualTo(2);
        assertThat(fired(instance.meters, "first-response", "breach")).isEqualTo(1);
        assertThat(fired(instance.meters, "resolution", "warning")).isEqualTo(2);
        assertThat(fired(instance.meters, "resolution", "breach")).isEqualTo(1);
    }

    @Test
    void aPassFiresOnlyWhatIsDueAndTheNextPassTheRest() {
        Instance instance = instance(Clock.systemUTC());
        open(instance.clocks, "ticket", T0);

        assertThat(instance.timers.runOnce(T0.plus(Duration.ofMinutes(11)))).isZero();
        assertThat(instance.timers.runOnce(T0.plus(Duration.ofMinutes(14)))).isEqualTo(2);
        assertThat(instance.clocks.find("ticket").orElseThrow().nextDue()).contains(T0.plus(Duration.ofMinutes(15)));
        assertThat(instance.timers.runOnce(T0.plus(Duration.ofMinutes(15)))).as("due exactly now").isEqualTo(1);
        assertThat(instance.timers.runOnce(T0.plus(Duration.ofHours(4)))).isEqualTo(3);

        assertThat(recorded(instance.clocks, "ticket")).containsExactlyElementsOf(expected(T0));
        assertThat(instance.unpublished("ticket")).containsExactlyElementsOf(expected(T0));
    }

    @Test
    void onePassWorksThroughMoreDueClocksThanABatchHolds() {
        Instance instance = instance(Clock.systemUTC(), 4);
        for (int i = 0; i < 11; i++) {
            open(instance.clocks, "ticket-" + i, T0.plusSeconds(i));
        }

        assertThat(instance.timers.runOnce(T0.plus(Duration.ofHours(5)))).isEqualTo(66);

        for (int i = 0; i < 11; i++) {
            assertThat(recorded(instance.clocks, "ticket-" + i)).containsExactlyElementsOf(expected(T0.plusSeconds(i)));
        }
    }

    @Test
    void theScheduleFiresWhatFellDueWhileTheServiceWasDownRightAfterItStarts() {
        Instant now = Instant.now();
        Instance instance = instance(Clock.systemUTC());
        Instant openedAt = now.minus(Duration.ofHours(5));
        open(instance.clocks, "down-time", openedAt);
        PassSchedule schedule = new PassSchedule("sla-timers", "helpdesk.sla.timer-interval", Duration.ofMinutes(10),
                instance.timers::runOnce);

        schedule.start();
        try {
            // the interval is ten minutes: only the pass at start can record them
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> recorded(instance.clocks, "down-time").size() == 6);
        } finally {
            schedule.stop();
        }

        assertThat(recorded(instance.clocks, "down-time")).containsExactlyElementsOf(expected(openedAt));
        assertThat(schedule.isRunning()).isFalse();
    }

    @Test
    void twoInstancesFiringAtOnceRecordEveryThresholdExactlyOnce() throws Exception {
        Instance one = instance(Clock.systemUTC(), 3);
        Instance two = instance(Clock.systemUTC(), 3);
        int tickets = 12;
        for (int i = 0; i < tickets; i++) {
            open(i % 2 == 0 ? one.clocks : two.clocks, "ticket-" + i, T0.plusSeconds(37L * i));
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            // passes every 30 s of clock time, both instances at the same instant, until all is due
            for (Instant now = T0; !now.isAfter(T0.plus(Duration.ofHours(4).plusMinutes(10))); now = now.plusSeconds(30)) {
                Instant at = now;
                CyclicBarrier together = new CyclicBarrier(2);
                Future<Integer> first = threads.submit(() -> {
                    together.await();
                    return one.timers.runOnce(at);
                });
                Future<Integer> second = threads.submit(() -> {
                    together.await();
                    return two.timers.runOnce(at);
                });
                first.get();
                second.get();
            }
        } finally {
            threads.shutdownNow();
        }

        double recordedByTimers = 0;
        for (String target : List.of("first-response", "resolution")) {
            for (String outcome : List.of("warning", "breach")) {
                recordedByTimers += fired(one.meters, target, outcome) + fired(two.meters, target, outcome);
            }
        }
        assertThat(recordedByTimers).as("thresholds recorded by the two instances together")
                .isEqualTo(6.0 * tickets);
        for (int i = 0; i < tickets; i++) {
            assertThat(recorded(one.clocks, "ticket-" + i)).as("ticket-" + i)
                    .containsExactlyElementsOf(expected(T0.plusSeconds(37L * i)));
            assertThat(one.unpublished("ticket-" + i)).as("ticket-" + i + " queued for publishing")
                    .containsExactlyElementsOf(expected(T0.plusSeconds(37L * i)));
        }
    }

    /** One service instance: its own client of the same server, its own metrics. */
    private record Instance(TicketClocks clocks, ClockTimers timers, MeterRegistry meters, MongoDatabase database) {

        /** The stored outcomes not yet published, as "KIND threshold at". */
        List<String> unpublished(String ticketId) {
            Document clock = database.getCollection("sla_clocks").find(Filters.eq("_id", ticketId)).first();
            return clock.getList("unpublished", Document.class, List.of()).stream()
                    .map(outcome -> outcome.getString("target") + " " + outcome.getString("threshold") + " "
                            + outcome.getString("at"))
                    .toList();
        }
    }

    private Instance instance(Clock clock) {
        return instance(clock, 100);
    }

    private Instance instance(Clock clock, int batchSize) {
        InetSocketAddress address = server.getLocalAddress();
        MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort());
        clients.add(client);
        MongoDatabase database = client.getDatabase("escalation-test");
        MongoTicketClocks store = new MongoTicketClocks(database, clock);
        store.createIndexes();
        TicketClocks clocks = new TicketClocks(store, P1);
        MeterRegistry meters = new SimpleMeterRegistry();
        return new Instance(clocks, new ClockTimers(clocks, clock, batchSize, meters), meters, database);
    }

    private static void open(TicketClocks clocks, String ticketId, Instant at) {
        clocks.apply(new TicketEvent(ticketId, 1, at, new TicketTransition.Opened(
                new TicketDetails(Priority.P1, TicketType.INCIDENT, "network", "c-1"))));
    }

    /** Both targets' recorded thresholds as stored, as "KIND threshold at", first response first. */
    private static List<String> recorded(TicketClocks clocks, String ticketId) {
        SlaClockState state = clocks.find(ticketId).orElseThrow().clock().state();
        List<String> all = new ArrayList<>();
        for (ReachedThreshold reached : state.firstResponse().reached()) {
            all.add(TargetKind.FIRST_RESPONSE + " " + reached.threshold() + " " + reached.at());
        }
        for (ReachedThreshold reached : state.resolution().reached()) {
            all.add(TargetKind.RESOLUTION + " " + reached.threshold() + " " + reached.at());
        }
        return all;
    }

    private static List<String> expected(Instant openedAt) {
        List<String> thresholds = List.of("0.75", "0.9", "1", "0.75", "0.9", "1");
        List<String> all = new ArrayList<>();
        for (int i = 0; i < P1_THRESHOLDS.size(); i++) {
            TargetKind kind = i < 3 ? TargetKind.FIRST_RESPONSE : TargetKind.RESOLUTION;
            all.add(kind + " " + thresholds.get(i) + " " + openedAt.plus(Duration.parse(P1_THRESHOLDS.get(i))));
        }
        return all;
    }

    private static double fired(MeterRegistry meters, String target, String outcome) {
        return meters.get(ClockTimers.FIRED).tag("target", target).tag("outcome", outcome).counter().count();
    }
}
