package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#PENDED} event: the ticket waits for someone else
 * (the requester, a vendor); the status is PENDING and the SLA clock pauses.
 *
 * @param by the subject of the token of the request, or null when not known
 * @param at when the ticket service accepted the event
 */
public record TicketPended(
        String ticketId,
        String status,
        String reason,
        String by,
        Instant at) {
}
