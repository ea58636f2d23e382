package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Record the fix: a resolution code and a note are required. */
public record ResolveTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        ResolutionCode code,
        String note,
        String articleId,
        String actorId) {
}
