package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hand the ticket on: to {@code toGroupId} (functional) or, when null, only flag it for the supervisor (hierarchical). */
public record EscalateTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String reason,
        String toGroupId,
        String actorId) {
}
