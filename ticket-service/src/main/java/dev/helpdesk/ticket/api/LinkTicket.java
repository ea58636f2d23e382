package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Relate the ticket to another one; {@code targetType} is the target's type, checked by the caller against the store. */
public record LinkTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        UUID targetId,
        TicketType targetType,
        LinkKind kind,
        String actorId) {
}
