package dev.helpdesk.ticket.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Change what the ticket says; a null field stays as it is. */
public record UpdateTicketDetails(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String subject,
        String description,
        String category,
        List<String> tags,
        String actorId) {
}
