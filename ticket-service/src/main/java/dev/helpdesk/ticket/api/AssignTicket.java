package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Put the ticket in a group's queue, and optionally on one agent's desk. */
public record AssignTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String groupId,
        String agentId,
        String actorId) {
}
