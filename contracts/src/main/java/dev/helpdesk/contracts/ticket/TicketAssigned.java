package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#ASSIGNED} event: the ticket is in
 * {@code groupId}'s queue and, when {@code assigneeId} is not null, on that agent's desk.
 *
 * @param status the ticket's status after the event: NEW (group only), ASSIGNED, or PENDING when
 *               it was waiting
 * @param by     the subject of the token that assigned it, or null when not known
 * @param at     when the ticket service accepted the event
 */
public record TicketAssigned(
        String ticketId,
        String status,
        String groupId,
        String assigneeId,
        String by,
        Instant at) {
}
