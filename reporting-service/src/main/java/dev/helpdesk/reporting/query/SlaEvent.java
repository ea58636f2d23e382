package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An SLA threshold a ticket's target reached, as published by the escalation service: a warning
 * (a share of the target used up) or a breach (all of it). Each target reaches each threshold
 * once, so {@link #key()} names it uniquely within the ticket, whatever the event's delivery.
 * Or a target's stop ({@link Kind#STOPPED}, D98): the first response given or the ticket resolved,
 * with the business time the target used. A reopened ticket's resolution stops again later, so a
 * target keeps only its stop with the highest sequence ({@link #supersedes}).
 *
 * @param target          FIRST_RESPONSE or RESOLUTION (a newer producer may add others, kept as they come)
 * @param threshold       the share reached: 0.75, 0.9, … 1.0 for a breach; 0 for a stop
 * @param reachedAt       when the threshold was reached, or the target stopped
 * @param sequence        a stop's position among the ticket's SLA events; 0 for a threshold
 * @param businessSeconds a stop's business time used, whole seconds; null for a threshold
 */
public record SlaEvent(String ticketId, String eventId, Kind kind, String target, double threshold,
        Instant reachedAt, long sequence, Long businessSeconds) {

    public static final String FIRST_RESPONSE = "FIRST_RESPONSE";
    public static final String RESOLUTION = "RESOLUTION";

    public enum Kind { WARNING, BREACHED, STOPPED }

    /** A warning or breach. */
    public SlaEvent(String ticketId, String eventId, Kind kind, String target, double threshold, Instant reachedAt) {
        this(ticketId, eventId, kind, target, threshold, reachedAt, 0, null);
    }

    /** A target's stop, the {@code sequence}-th SLA event of its ticket. */
    public static SlaEvent stopped(String ticketId, String eventId, String target, Instant stoppedAt, long sequence,
            long businessSeconds) {
        return new SlaEvent(ticketId, eventId, Kind.STOPPED, target, 0, stoppedAt, sequence, businessSeconds);
    }

    public SlaEvent {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        // Mongo dates hold milliseconds; the same truncation on arrival and when read back.
        reachedAt = Objects.requireNonNull(reachedAt, "reachedAt").truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * The threshold's name within its ticket, usable as a Mongo field name (no dots): the same
     * event delivered twice, or published again after a crash, has the same key.
     */
    String key() {
        return kind == Kind.STOPPED ? stopKey(target) : target + ":" + kind + ":" + Math.round(threshold * 1000);
    }

    /** The key of a target's stop: one per target, the newest. */
    static String stopKey(String target) {
        return target + ":" + Kind.STOPPED;
    }

    /** Whether this replaces {@code kept}, of the same key: only a later stop of the same target does. */
    boolean supersedes(SlaEvent kept) {
        return kind == Kind.STOPPED && sequence > kept.sequence();
    }
}
