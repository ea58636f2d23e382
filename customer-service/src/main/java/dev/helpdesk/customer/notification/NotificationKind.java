package dev.helpdesk.customer.notification;

/**
 * What a notification tells, and to whom: the requester hears of their ticket's life, staff of work
 * that came to them. The name is also the prefix of its template keys ({@code resolved.subject}).
 */
public enum NotificationKind {
    /** The ticket was opened. */
    RECEIVED(Audience.REQUESTER),
    /** An agent's public reply. */
    REPLIED(Audience.REQUESTER),
    /** The ticket waits for the requester (or someone else they should know of). */
    PENDING(Audience.REQUESTER),
    /** It still waits: the escalation service's reminder. */
    PENDING_REMINDER(Audience.REQUESTER),
    /** Resolved: the resolution note and a satisfaction link. */
    RESOLVED(Audience.REQUESTER),
    CLOSED(Audience.REQUESTER),
    /** The ticket was put on an agent's desk by someone else. */
    ASSIGNED(Audience.AGENT),
    /** A breach (or an agent) escalated the ticket to the group's supervisor. */
    ESCALATED(Audience.SUPERVISOR);

    /** Whose address a notification goes to. */
    public enum Audience { REQUESTER, AGENT, SUPERVISOR }

    public final Audience audience;

    NotificationKind(Audience audience) {
        this.audience = audience;
    }

    String templatePrefix() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
