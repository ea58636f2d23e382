package dev.helpdesk.ticket.api;

/** Who may read a comment: everyone on the ticket, or agents only. */
public enum Visibility {
    PUBLIC,
    INTERNAL
}
