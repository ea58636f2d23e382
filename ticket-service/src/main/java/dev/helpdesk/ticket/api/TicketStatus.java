package dev.helpdesk.ticket.api;

/** The ticket's state machine of DESIGN.md section 4. */
public enum TicketStatus {
    NEW,
    ASSIGNED,
    IN_PROGRESS,
    PENDING,
    RESOLVED,
    CLOSED,
    CANCELLED;

    /** CLOSED and CANCELLED are final: nothing changes a ticket after them. */
    public boolean isFinal() {
        return this == CLOSED || this == CANCELLED;
    }
}
