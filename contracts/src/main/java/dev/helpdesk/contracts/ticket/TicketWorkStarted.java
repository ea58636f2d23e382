package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#WORK_STARTED} event: the assigned agent started
 * working; the status is IN_PROGRESS.
 *
 * @param agentId the agent who started
 * @param by      the subject of the token of the request that caused it, or null when not known
 * @param at      when the ticket service accepted the event
 */
public record TicketWorkStarted(
        String ticketId,
        String status,
        String agentId,
        String by,
        Instant at) {
}
