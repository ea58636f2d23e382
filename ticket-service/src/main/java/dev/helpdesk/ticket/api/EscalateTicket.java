package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Hand the ticket on: to {@code toGroupId} (functional) or, when null, only flag it for the
 * supervisor (hierarchical). {@code supervisorId} is who is to be told, if anyone.
 * {@code requestId} names the SLA escalation request this carries out: a ticket carries out each
 * request once, however often it is delivered; null for an escalation by hand.
 */
public record EscalateTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String reason,
        String toGroupId,
        String actorId,
        String supervisorId,
        String requestId) {

    /** An escalation by hand that tells nobody in particular. */
    public EscalateTicket(UUID ticketId, Long expectedVersion, String reason, String toGroupId, String actorId) {
        this(ticketId, expectedVersion, reason, toGroupId, actorId, null, null);
    }
}
