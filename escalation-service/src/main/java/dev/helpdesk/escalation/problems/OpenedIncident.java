package dev.helpdesk.escalation.problems;

import java.time.Instant;

/**
 * An incident as the tickets topic announced it: opened at {@code openedAt} (the event's time, when
 * it counts toward its pattern), with a category (null: none) and the affected asset (null: none).
 *
 * @param sequence the opened event's sequence in the ticket's stream (1)
 */
public record OpenedIncident(String ticketId, long sequence, Instant openedAt, String category,
        String affectedAssetId) {

    /** An incident that names no affected asset. */
    public OpenedIncident(String ticketId, long sequence, Instant openedAt, String category) {
        this(ticketId, sequence, openedAt, category, null);
    }
}
