package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Re-rate impact and urgency; the priority follows the matrix. */
public record ChangePriority(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        Level impact,
        Level urgency,
        String actorId) {
}
