package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#CLOSED} event: the ticket is CLOSED, for good.
 *
 * @param reason why, or null
 * @param by     the subject of the token of the request, or null when not known
 * @param at     when the ticket service accepted the event
 */
public record TicketClosed(
        String ticketId,
        String status,
        String reason,
        String by,
        Instant at) {
}
