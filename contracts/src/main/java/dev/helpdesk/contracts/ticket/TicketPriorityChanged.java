package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#PRIORITY_CHANGED} event: impact and urgency were
 * re-rated; {@code impact} and {@code urgency} are HIGH, MEDIUM or LOW, {@code priority} P1 to P5.
 *
 * @param status the ticket's status after the event (unchanged by a re-rating)
 * @param by     the subject of the token that made the change, or null when not known
 * @param at     when the ticket service accepted the event
 */
public record TicketPriorityChanged(
        String ticketId,
        String status,
        String impact,
        String urgency,
        String priority,
        String by,
        Instant at) {
}
