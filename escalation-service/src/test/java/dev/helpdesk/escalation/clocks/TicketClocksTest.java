package dev.helpdesk.escalation.clocks;

import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.DEFAULTS;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.TICKET;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.event;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.opened;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.escalation.policies.Priority;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Applying events to stored clocks: duplicates, unknown tickets, and writers that lose a race. */
class TicketClocksTest {

    /** A store in a map, with the same version rule as the Mongo one; can make writers lose races. */
    static final class MapStore implements TicketClockStore {

        final Map<String, Stored> clocks = new HashMap<>();
        int racesToLose;

        @Override
        public Optional<Stored> find(String ticketId) {
            return Optional.ofNullable(clocks.get(ticketId));
        }

        @Override
        public boolean insert(TicketClock clock) {
            return clocks.putIfAbsent(clock.ticketId(), new Stored(clock, 1)) == null;
        }

        @Override
        public boolean replace(TicketClock clock, long expectedVersion) {
            Stored current = clocks.get(clock.ticketId());
            if (racesToLose > 0) {
                racesToLose--;
                // another writer got there first
                clocks.put(clock.ticketId(), new Stored(current.clock(), current.version() + 1));
                return false;
            }
            if (current == null || current.version() != expectedVersion) {
                return false;
            }
            clocks.put(clock.ticketId(), new Stored(clock, expectedVersion + 1));
            return true;
        }
    }

    private final MapStore store = new MapStore();
    private final TicketClocks clocks = new TicketClocks(store, DEFAULTS);

    @Test
    void anOpenedEventStoresTheTicketsClock() {
        assertThat(clocks.apply(opened(Priority.P1))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(clocks.find(TICKET)).map(TicketClock::policyId).contains("default-p1");
        assertThat(store.clocks.get(TICKET).version()).isEqualTo(1);
    }

    @Test
    void aRedeliveredEventChangesNothing() {
        clocks.apply(opened(Priority.P1));
        TicketEvent paused = event(2, "PT10M", new TicketTransition.Paused());
        clocks.apply(paused);
        clocks.apply(event(3, "PT1H10M", new TicketTransition.Resumed()));
        TicketClock before = clocks.find(TICKET).orElseThrow();

        assertThat(clocks.apply(paused)).isEqualTo(ApplyOutcome.DUPLICATE);
        assertThat(clocks.apply(opened(Priority.P4))).isEqualTo(ApplyOutcome.DUPLICATE);

        assertThat(clocks.find(TICKET)).contains(before);
        assertThat(before.clock().isPaused()).isFalse();
        assertThat(store.clocks.get(TICKET).version()).isEqualTo(3);
    }

    @Test
    void anEventOfATicketNeverSeenOpenedIsSkipped() {
        assertThat(clocks.apply(event(4, "PT1H", new TicketTransition.Resolved()))).isEqualTo(ApplyOutcome.UNKNOWN_TICKET);

        assertThat(store.clocks).isEmpty();
    }

    @Test
    void aWriterThatLosesARaceReadsAgainAndApplies() {
        clocks.apply(opened(Priority.P1));
        store.racesToLose = 3;

        assertThat(clocks.apply(event(2, "PT10M", new TicketTransition.Paused()))).isEqualTo(ApplyOutcome.APPLIED);

        assertThat(clocks.find(TICKET).orElseThrow().clock().isPaused()).isTrue();
    }

    @Test
    void aClockThatNeverStopsChangingIsAFailureToRetry() {
        clocks.apply(opened(Priority.P1));
        store.racesToLose = Integer.MAX_VALUE;

        assertThatThrownBy(() -> clocks.apply(event(2, "PT10M", new TicketTransition.Paused())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(TICKET);
    }
}
