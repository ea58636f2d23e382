package dev.helpdesk.ticket.api;

/** How the request reached the desk. */
public enum Channel {
    API,
    PORTAL,
    EMAIL,
    PHONE,
    MONITORING
}
