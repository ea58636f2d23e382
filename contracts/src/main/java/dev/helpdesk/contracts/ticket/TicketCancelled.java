package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#CANCELLED} event: the ticket was withdrawn and
 * is CANCELLED, for good.
 *
 * @param by the subject of the token of the request, or null when not known
 * @param at when the ticket service accepted the event
 */
public record TicketCancelled(
        String ticketId,
        String status,
        String reason,
        String by,
        Instant at) {
}
