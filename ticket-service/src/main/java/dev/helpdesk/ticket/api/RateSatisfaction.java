package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** The requester rates the service, once, after resolution. */
public record RateSatisfaction(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String raterId,
        int rating,
        String comment) {
}
