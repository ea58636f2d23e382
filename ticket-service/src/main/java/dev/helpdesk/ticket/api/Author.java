package dev.helpdesk.ticket.api;

/** In which capacity a comment was written. */
public enum Author {
    AGENT,
    CUSTOMER,
    SYSTEM
}
