package dev.helpdesk.ticket.requesters;

/** What the directory says of a requester. */
public enum RequesterStatus {
    ACTIVE,
    INACTIVE,
    /** No customer has the id (the directory answered, and said so). */
    UNKNOWN
}
