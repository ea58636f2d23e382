package dev.helpdesk.ticket.query;

import java.time.Instant;

/**
 * One event of a ticket's history: what happened ({@code type}, the public event name), when,
 * who did it, and the event's data.
 *
 * @param sequence the event's position in the ticket's stream, from 1
 */
public record HistoryEntry(long sequence, String eventId, String type, Instant occurredAt, String actorId,
        Object data) {
}
