package dev.helpdesk.reporting.query;

import java.util.Optional;
import java.util.function.Function;

/**
 * One event for the projection's batch path ({@link TicketFactsProjection#applyAll}): a ticket
 * event or an SLA threshold, with the ticket whose history it changes.
 */
public final class TicketChange {

    private final String ticketId;
    private final Function<TicketHistory, Optional<TicketHistory>> change;

    private TicketChange(String ticketId, Function<TicketHistory, Optional<TicketHistory>> change) {
        this.ticketId = ticketId;
        this.change = change;
    }

    public static TicketChange of(TicketEvent event) {
        return new TicketChange(event.ticketId(), history -> history.with(event));
    }

    public static TicketChange of(SlaEvent threshold) {
        return new TicketChange(threshold.ticketId(), history -> history.with(threshold));
    }

    public String ticketId() {
        return ticketId;
    }

    /** The history with this event added, or empty if it was there already. */
    Optional<TicketHistory> applyTo(TicketHistory history) {
        return change.apply(history);
    }

    Function<TicketHistory, Optional<TicketHistory>> asFunction() {
        return change;
    }
}
