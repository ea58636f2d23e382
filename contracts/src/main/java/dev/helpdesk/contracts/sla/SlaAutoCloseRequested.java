package dev.helpdesk.contracts.sla;

import java.time.Instant;

/**
 * The {@code data} of a {@value SlaEventTypes#AUTO_CLOSE_REQUESTED} event: a resolved ticket's
 * reopen window is over without a reopen, so it is to be closed; the ticket service closes it if it
 * is still resolved from then. Its CloudEvent {@code id} is {@code <ticketId>:auto-close:<resolvedAt>}:
 * one per resolution.
 *
 * @param ticketId    the ticket's UUID, also the CloudEvent's subject and the record key
 * @param resolvedAt  when the ticket was resolved (the resolved event's time)
 * @param requestedAt when the window ended (the CloudEvent's {@code time})
 */
public record SlaAutoCloseRequested(String ticketId, Instant resolvedAt, Instant requestedAt) {
}
