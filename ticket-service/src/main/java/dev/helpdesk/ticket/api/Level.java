package dev.helpdesk.ticket.api;

/** The scale of both impact (how many are hurt) and urgency (how soon it hurts). */
public enum Level {
    HIGH,
    MEDIUM,
    LOW
}
