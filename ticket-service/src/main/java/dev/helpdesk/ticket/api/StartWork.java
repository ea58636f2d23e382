package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The assigned agent starts working the ticket. */
public record StartWork(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String agentId) {
}
