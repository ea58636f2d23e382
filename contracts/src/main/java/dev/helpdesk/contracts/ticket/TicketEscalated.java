package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#ESCALATED} event. With {@code toGroupId} the
 * ticket moved to that group's queue and has no assignee any more (functional escalation);
 * without, it stays where it is and is flagged for the supervisor (hierarchical escalation).
 *
 * @param status      the ticket's status after the event
 * @param fromGroupId the group it was in, or null
 * @param toGroupId   the group it moved to, or null
 * @param by          the subject of the token of the request, or null when not known
 * @param at          when the ticket service accepted the event
 * @param supervisorId the supervisor to tell (hierarchical escalation): the supervisor of the group
 *                     the ticket was in; null when nobody is to be told
 * @param requestId   the escalation request this event carries out (the CloudEvent id of a
 *                    {@code helpdesk.sla.escalation-requested.v1}); null for an escalation by hand
 */
public record TicketEscalated(
        String ticketId,
        String status,
        String reason,
        String fromGroupId,
        String toGroupId,
        String by,
        Instant at,
        String supervisorId,
        String requestId) {
}
