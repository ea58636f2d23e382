package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#SATISFACTION_RATED} event: the requester rated
 * the service, once, after resolution.
 *
 * @param status  the ticket's status after the event (RESOLVED or CLOSED, unchanged by rating)
 * @param raterId the requester who rated
 * @param rating  1 (poor) to 5 (excellent)
 * @param comment what the requester added, or null
 * @param by      the subject of the token of the request, or null when not known
 * @param at      when the ticket service accepted the event
 */
public record TicketSatisfactionRated(
        String ticketId,
        String status,
        String raterId,
        int rating,
        String comment,
        String by,
        Instant at) {
}
