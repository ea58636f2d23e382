package dev.helpdesk.ticket.api;

/**
 * The status a ticket is in after each of its events. The aggregate and every reader of the
 * event stream use this one function, so they can never disagree about a ticket's state.
 */
public final class TicketStates {

    private TicketStates() {
    }

    public static TicketStatus after(Object event, TicketStatus current) {
        if (event instanceof TicketOpened) {
            return TicketStatus.NEW;
        } else if (event instanceof TicketAssigned assigned) {
            return assigned.status();
        } else if (event instanceof TicketEscalated escalated) {
            return escalated.status();
        } else if (event instanceof TicketWorkStarted || event instanceof TicketResumed
                || event instanceof TicketReopened) {
            return TicketStatus.IN_PROGRESS;
        } else if (event instanceof TicketPended) {
            return TicketStatus.PENDING;
        } else if (event instanceof TicketResolved) {
            return TicketStatus.RESOLVED;
        } else if (event instanceof TicketClosed) {
            return TicketStatus.CLOSED;
        } else if (event instanceof TicketCancelled) {
            return TicketStatus.CANCELLED;
        }
        return current;
    }
}
