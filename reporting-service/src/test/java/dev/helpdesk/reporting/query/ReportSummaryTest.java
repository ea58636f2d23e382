package dev.helpdesk.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportSummaryTest {

    private static final ReportPeriod NOVEMBER =
            new ReportPeriod(Instant.parse("2026-11-01T00:00:00Z"), Instant.parse("2026-12-01T00:00:00Z"));

    @Test
    void everyPriorityIsShownEvenWithoutTickets() {
        ReportSummary summary =
                ReportSummary.of(NOVEMBER, List.of(new TicketTally("P2", "NEW", 3)), LifecycleCounts.NONE);

        assertThat(summary.byPriority())
                .containsExactly(entry("P1", 0L), entry("P2", 3L), entry("P3", 0L), entry("P4", 0L), entry("P5", 0L));
        assertThat(summary.byStatus()).containsExactly(entry("NEW", 3L));
        assertThat(summary.from()).isEqualTo(NOVEMBER.from());
        assertThat(summary.to()).isEqualTo(NOVEMBER.to());
    }

    @Test
    void theBacklogLeavesOutResolvedClosedAndCancelledTickets() {
        ReportSummary summary = ReportSummary.of(NOVEMBER, List.of(
                new TicketTally("P1", "NEW", 1),
                new TicketTally("P1", "IN_PROGRESS", 2),
                new TicketTally("P3", "PENDING", 4),
                new TicketTally("P3", "RESOLVED", 8),
                new TicketTally("P4", "CLOSED", 16),
                new TicketTally("P5", "CANCELLED", 32)), LifecycleCounts.NONE);

        assertThat(summary.opened()).isEqualTo(63);
        assertThat(summary.backlog()).isEqualTo(7);
    }

    @Test
    void statusesFollowTheWorkflowAndValuesFromANewerProducerAreKept() {
        ReportSummary summary = ReportSummary.of(NOVEMBER, List.of(
                new TicketTally("P9", "ON_HOLD", 1),
                new TicketTally("P2", "CLOSED", 1),
                new TicketTally("P2", "NEW", 1),
                new TicketTally("P2", "ASSIGNED", 1)), LifecycleCounts.NONE);

        assertThat(summary.byStatus().keySet()).containsExactly("NEW", "ASSIGNED", "CLOSED", "ON_HOLD");
        assertThat(summary.byPriority()).containsEntry("P9", 1L);
    }

    @Test
    void whatHappenedInThePeriodIsReportedAsCountedWhateverTheTicketsOpenedInIt() {
        ReportSummary summary = ReportSummary.of(NOVEMBER, List.of(new TicketTally("P1", "NEW", 5)),
                new LifecycleCounts(7, 5, 2, 1));

        assertThat(summary.resolved()).isEqualTo(7);
        assertThat(summary.closed()).isEqualTo(5);
        assertThat(summary.reopened()).isEqualTo(2);
        assertThat(summary.cancelled()).isEqualTo(1);
        assertThat(summary.opened()).isEqualTo(5);
        assertThat(summary.backlog()).isEqualTo(5);
    }

    @Test
    void noTicketsIsAnAllZeroSummary() {
        ReportSummary summary = ReportSummary.of(NOVEMBER, List.of(), LifecycleCounts.NONE);

        assertThat(summary.opened()).isZero();
        assertThat(summary.backlog()).isZero();
        assertThat(summary.byPriority().values()).containsOnly(0L);
        assertThat(summary.byStatus()).isEmpty();
    }
}
