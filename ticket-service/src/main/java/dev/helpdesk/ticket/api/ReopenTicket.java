package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** A resolved ticket was not fixed after all. */
public record ReopenTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String reason,
        String actorId) {
}
