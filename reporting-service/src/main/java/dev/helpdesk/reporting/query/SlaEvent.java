package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * An SLA threshold a ticket's target reached, as published by the escalation service: a warning
 * (a share of the target used up) or a breach (all of it). Each target reaches each threshold
 * once, so {@link #key()} names it uniquely within the ticket, whatever the event's delivery.
 *
 * @param target    FIRST_RESPONSE or RESOLUTION (a newer producer may add others, kept as they come)
 * @param threshold the share reached: 0.75, 0.9, … 1.0 for a breach
 */
public record SlaEvent(String ticketId, String eventId, Kind kind, String target, double threshold,
        Instant reachedAt) {

    public static final String FIRST_RESPONSE = "FIRST_RESPONSE";
    public static final String RESOLUTION = "RESOLUTION";

    public enum Kind { WARNING, BREACHED }

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
        return target + ":" + kind + ":" + Math.round(threshold * 1000);
    }
}
