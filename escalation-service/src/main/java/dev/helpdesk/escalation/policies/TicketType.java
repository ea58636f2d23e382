package dev.helpdesk.escalation.policies;

/** The ticket types of DESIGN.md section 4, as the ticket events carry them. */
public enum TicketType {
    INCIDENT, SERVICE_REQUEST, PROBLEM
}
