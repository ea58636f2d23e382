package dev.helpdesk.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class BreachFactorsTest {

    private static final Instant START = Instant.parse("2026-11-02T08:00:00Z");

    @Test
    void onlyWhatHappenedBeforeTheBreachIsAFactorAndTheTicketIsTakenAsItStoodThen() {
        Story story = new Story(START).opened(0, "P3").assigned(1, "l1", "anna").priorityChanged(5)
                .escalated(10, "l2").pended(20).resumed(25)
                // after the breach at minute 30: neither the reopening nor the new agent counts
                .resolved(40, "ben").reopened(50).assigned(60, "l2", "ben");
        TicketHistory history = history(story);
        Instant breach = Story.minute(START, 30);

        TicketFacts then = BreachFactors.before(history, breach);

        assertThat(then.priority()).isEqualTo("P1");
        assertThat(then.groupId()).isEqualTo("l2");
        assertThat(then.assigneeId()).as("back in a queue after the functional escalation").isNull();
        assertThat(BreachFactors.of(history, then, breach))
                .containsExactly("UNASSIGNED", "REASSIGNED", "ESCALATED", "PENDED", "PRIORITY_CHANGED");
        Instant later = Story.minute(START, 55);
        assertThat(BreachFactors.of(history, BreachFactors.before(history, later), later)).contains("REOPENED");
    }

    @Test
    void aTicketWorkedByOneAgentWithoutInterruptionHasNoFactor() {
        TicketHistory history = history(new Story(START).opened(0, "P2").assigned(1, "l1", "anna")
                .firstResponse(90, "anna"));
        Instant breach = Story.minute(START, 60);

        assertThat(BreachFactors.of(history, BreachFactors.before(history, breach), breach)).isEmpty();
    }

    private static TicketHistory history(Story story) {
        TicketHistory history = TicketHistory.empty(story.ticketId);
        for (TicketEvent event : story.events()) {
            history = history.with(event).orElseThrow();
        }
        return history;
    }
}
