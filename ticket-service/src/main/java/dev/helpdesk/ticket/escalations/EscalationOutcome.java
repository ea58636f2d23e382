package dev.helpdesk.ticket.escalations;

/** What became of one SLA escalation request. */
enum EscalationOutcome {
    /** The ticket was escalated, or had carried out this very request before (a redelivery). */
    ESCALATED,
    /** The ticket is no longer open, or refused the escalation: there is nothing left to escalate. */
    NOT_APPLICABLE,
    /** No ticket has this id here. */
    UNKNOWN_TICKET
}
