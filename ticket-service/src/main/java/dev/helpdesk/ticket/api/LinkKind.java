package dev.helpdesk.ticket.api;

/** How two tickets relate: the incident is caused by a problem, is a duplicate of another ticket, or is related. */
public enum LinkKind {
    CAUSED_BY,
    DUPLICATE_OF,
    RELATED
}
