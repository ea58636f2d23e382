package dev.helpdesk.ticket.api;

import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The calling agent takes the ticket; allowed only for tickets of the agent's groups. */
public record ClaimTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String agentId,
        Set<String> agentGroups) {
}
