package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.benchmark.KafkaLagProbe.Observation;
import dev.helpdesk.benchmark.KafkaLagProbe.TicketEvents;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class KafkaStatsTest {

    private static final Set<String> OPENED = Set.of("helpdesk.ticket.opened.v1");

    @Test
    void lagIsSeenMinusEventTimeAndTheInServicePartIsCreateTimeMinusEventTime() {
        TicketEvents a = new TicketEvents();
        a.add("1", new Observation("helpdesk.ticket.opened.v1", 1_000_000, 1_004_000, 1_010_000));
        TicketEvents b = new TicketEvents();
        b.add("1", new Observation("helpdesk.ticket.opened.v1", 2_000_000, 2_002_000, 2_030_000));

        KafkaStats stats = KafkaStats.of("t", 2, Set.of("a", "b"), OPENED, Map.of("a", a, "b", b), 2_000_000, 0, null);

        assertThat(stats.received()).isEqualTo(2);
        assertThat(stats.complete()).isTrue();
        assertThat(stats.lagMs().p50()).isEqualTo(10.0);
        assertThat(stats.lagMs().max()).isEqualTo(30.0);
        assertThat(stats.produceDelayMs().max()).isEqualTo(4.0);
        assertThat(stats.drainMs()).isEqualTo(30.0);
    }

    @Test
    void aRedeliveryIsCountedOnceAndReportedAsDuplicate() {
        TicketEvents a = new TicketEvents();
        a.add("1", new Observation("helpdesk.ticket.opened.v1", 0, 0, 5_000));
        a.add("1", new Observation("helpdesk.ticket.opened.v1", 0, 0, 9_000));

        KafkaStats stats = KafkaStats.of("t", 1, Set.of("a"), OPENED, Map.of("a", a), 0, 0, null);

        assertThat(stats.received()).isEqualTo(1);
        assertThat(stats.duplicates()).isEqualTo(1);
        assertThat(stats.lagMs().max()).isEqualTo(5.0);
    }

    @Test
    void eventsOfOtherTicketsAndOtherTypesDoNotCount() {
        TicketEvents measured = new TicketEvents();
        measured.add("1", new Observation("helpdesk.ticket.opened.v1", 0, 0, 1_000));
        measured.add("2", new Observation("helpdesk.ticket.priority-changed.v1", 0, 0, 1_000));
        TicketEvents warmup = new TicketEvents();
        warmup.add("1", new Observation("helpdesk.ticket.opened.v1", 0, 0, 1_000));

        KafkaStats stats = KafkaStats.of("t", 2, Set.of("a", "missing"), OPENED,
                Map.of("a", measured, "w", warmup), 0, 0, null);

        assertThat(stats.received()).isEqualTo(1);
        assertThat(stats.otherEvents()).isEqualTo(1);
        assertThat(stats.complete()).isFalse();
        assertThat(stats.drainMs()).isNull();
    }
}
