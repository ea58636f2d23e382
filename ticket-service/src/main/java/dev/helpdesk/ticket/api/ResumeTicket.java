package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Work goes on after waiting. */
public record ResumeTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String reason,
        String actorId) {
}
