package dev.helpdesk.escalation.clocks;

/** What applying one ticket event did. */
public enum ApplyOutcome {
    /** The clock took the event (even if the event changed nothing it counts, e.g. a second reply). */
    APPLIED,
    /** The event, or a later one of the same ticket, was applied before: a redelivery. */
    DUPLICATE,
    /** The ticket's opened event never reached this service, so it has no clock to change. */
    UNKNOWN_TICKET
}
