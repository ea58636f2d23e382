package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#REOPENED} event: a resolved ticket was not fixed
 * after all; the status is IN_PROGRESS.
 *
 * @param by the subject of the token of the request, or null when not known
 * @param at when the ticket service accepted the event
 */
public record TicketReopened(
        String ticketId,
        String status,
        String reason,
        String by,
        Instant at) {
}
