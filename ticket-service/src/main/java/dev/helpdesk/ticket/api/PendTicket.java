package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Wait for someone else (the requester, a vendor); the SLA clock pauses. */
public record PendTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String reason,
        String actorId) {
}
