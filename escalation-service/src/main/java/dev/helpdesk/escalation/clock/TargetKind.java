package dev.helpdesk.escalation.clock;

/** The two promises an SLA policy makes about a ticket, each timed by its own target. */
public enum TargetKind {
    FIRST_RESPONSE,
    RESOLUTION
}
