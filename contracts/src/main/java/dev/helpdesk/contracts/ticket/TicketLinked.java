package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#LINKED} event: the ticket was related to
 * {@code targetId}; {@code kind} is CAUSED_BY (a problem), DUPLICATE_OF or RELATED.
 *
 * @param status the ticket's status after the event (a link does not change it; a duplicate's
 *               resolution is a separate event)
 * @param by     the subject of the token of the request, or null when not known
 * @param at     when the ticket service accepted the event
 */
public record TicketLinked(
        String ticketId,
        String status,
        String targetId,
        String kind,
        String by,
        Instant at) {
}
