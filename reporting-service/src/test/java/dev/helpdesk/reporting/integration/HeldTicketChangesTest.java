package dev.helpdesk.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.reporting.query.TicketChange;
import dev.helpdesk.reporting.query.TicketEvent;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HeldTicketChangesTest {

    private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

    private final HeldTicketChanges held = new HeldTicketChanges();

    @Test
    void releasesTheTicketsTouchedLeastRecentlyWholeAndInOrder() {
        TicketChange a1 = change("A", 1);
        TicketChange b1 = change("B", 1);
        TicketChange a2 = change("A", 2);
        TicketChange c1 = change("C", 1);
        TicketChange b2 = change("B", 2);
        List.of(a1, b1, a2, c1, b2).forEach(held::add);

        assertThat(held.size()).isEqualTo(5);
        // A was touched before C and B: it goes first, both its events, though one was asked for
        assertThat(held.releaseQuietest(1)).containsExactly(a1, a2);
        assertThat(held.size()).isEqualTo(3);
        // C was last touched before B; one event is not enough, so B follows
        assertThat(held.releaseQuietest(2)).containsExactly(c1, b1, b2);
    }

    @Test
    void releasesAtLeastWhatIsAskedForUnlessLessIsHeld() {
        List.of(change("A", 1), change("B", 1), change("B", 2), change("C", 1)).forEach(held::add);

        assertThat(held.releaseQuietest(2)).hasSize(3);
        assertThat(held.releaseQuietest(10)).hasSize(1);
        assertThat(held.size()).isZero();
        assertThat(held.releaseQuietest(10)).isEmpty();
    }

    @Test
    void aTicketReleasedAndTouchedAgainIsHeldAnew() {
        held.add(change("A", 1));
        held.releaseQuietest(1);
        TicketChange late = change("A", 7);

        held.add(late);

        assertThat(held.releaseQuietest(1)).containsExactly(late);
    }

    private static TicketChange change(String ticket, long sequence) {
        return TicketChange.of(new TicketEvent(ticket, ticket + "-" + sequence, sequence, TicketEvent.Kind.UPDATED,
                "NEW", T0.plusSeconds(sequence), "agent", Map.of()));
    }
}
