package dev.helpdesk.ticket.sla;

/** What became of one request of the escalation service. */
enum SlaRequestOutcome {
    /** The ticket was escalated, or had carried out this very request before (a redelivery). */
    ESCALATED,
    /** The ticket was closed at the end of its reopen window. */
    CLOSED,
    /** The ticket is no longer in a state the request is for, or refused it: nothing to do. */
    NOT_APPLICABLE,
    /** No ticket has this id here. */
    UNKNOWN_TICKET
}
