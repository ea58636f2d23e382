package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clocks.TicketTransition.Opened;
import java.util.Optional;

/**
 * Applies ticket events to the stored clocks. Safe to call again with the same event (it is a
 * duplicate then) and safe beside other writers of the same clock, such as the timers that will
 * record thresholds: each write names the version it read, and a writer that lost the race reads
 * again and re-decides.
 */
public final class TicketClocks {

    /** Rounds against other writers of one clock; far more than real contention. */
    private static final int ATTEMPTS = 20;

    private final TicketClockStore store;
    private final PolicyLookup policies;

    public TicketClocks(TicketClockStore store, PolicyLookup policies) {
        this.store = store;
        this.policies = policies;
    }

    public ApplyOutcome apply(TicketEvent event) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<TicketClockStore.Stored> current = store.find(event.ticketId());
            if (current.isEmpty()) {
                if (!(event.transition() instanceof Opened)) {
                    return ApplyOutcome.UNKNOWN_TICKET;
                }
                if (store.insert(TicketClock.opened(event, policies))) {
                    return ApplyOutcome.APPLIED;
                }
                continue; // created meanwhile by another writer: decide again on what it wrote
            }
            TicketClockStore.Stored stored = current.get();
            if (stored.clock().hasApplied(event.sequence())) {
                return ApplyOutcome.DUPLICATE;
            }
            if (store.replace(stored.clock().applied(event, policies), stored.version())) {
                return ApplyOutcome.APPLIED;
            }
        }
        throw new IllegalStateException("The SLA clock of ticket " + event.ticketId() + " kept changing while event "
                + event.sequence() + " was applied; it will be retried");
    }

    public Optional<TicketClock> find(String ticketId) {
        return store.find(ticketId).map(TicketClockStore.Stored::clock);
    }
}
