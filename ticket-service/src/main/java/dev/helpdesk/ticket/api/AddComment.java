package dev.helpdesk.ticket.api;

import java.time.Duration;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a reply or a note. {@code reopenWindow}: how long after resolution a customer's reply reopens the ticket. */
public record AddComment(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        String commentId,
        String authorId,
        Author author,
        Visibility visibility,
        String body,
        Duration reopenWindow) {
}
