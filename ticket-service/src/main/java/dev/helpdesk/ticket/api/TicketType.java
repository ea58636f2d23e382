package dev.helpdesk.ticket.api;

/** What a ticket is about: something broke, someone wants something, or a cause to find. */
public enum TicketType {
    INCIDENT,
    SERVICE_REQUEST,
    PROBLEM
}
