package dev.helpdesk.ticket.api;

/** How a ticket was resolved. */
public enum ResolutionCode {
    FIXED,
    WORKAROUND,
    REQUEST_FULFILLED,
    DUPLICATE,
    NOT_REPRODUCIBLE,
    NO_ACTION_NEEDED,
    REJECTED
}
