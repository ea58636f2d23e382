package dev.helpdesk.contracts.sla;

import java.time.Instant;

/**
 * The {@code data} of a {@value SlaEventTypes#PENDING_REMINDER} event: a ticket has been pending (on
 * the requester or someone else) for a while; whoever it waits for is to be reminded (the customer
 * service notifies). Its CloudEvent {@code id} is
 * {@code <ticketId>:pending-reminder:<pendingSince>:<reminder>}.
 *
 * @param ticketId     the ticket's UUID, also the CloudEvent's subject and the record key
 * @param pendingSince when the ticket was pended
 * @param reminder     which reminder of this pending stretch, from 1
 * @param remindedAt   when it fell due (the CloudEvent's {@code time})
 */
public record SlaPendingReminder(String ticketId, Instant pendingSince, int reminder, Instant remindedAt) {
}
