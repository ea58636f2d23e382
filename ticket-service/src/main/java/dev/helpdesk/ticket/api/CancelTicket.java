package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw an open ticket: nothing to do any more. */
public record CancelTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String reason,
        String actorId) {
}
