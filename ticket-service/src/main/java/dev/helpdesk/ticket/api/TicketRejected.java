package dev.helpdesk.ticket.api;

/**
 * The ticket refused a command because of its state: the action is not allowed in the current
 * status (or by this caller, in this state). Nothing was recorded.
 */
public class TicketRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final TicketStatus status;
    private final String action;

    public TicketRejected(TicketStatus status, String action, String reason) {
        super("Cannot " + action + " a ticket that is " + status + ": " + reason);
        this.status = status;
        this.action = action;
    }

    public TicketStatus status() {
        return status;
    }

    public String action() {
        return action;
    }
}
