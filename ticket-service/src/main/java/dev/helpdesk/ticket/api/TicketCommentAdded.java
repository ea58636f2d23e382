package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A reply or a note. {@code firstResponse}: the first public reply of an agent. */
@Revision("1")
public record TicketCommentAdded(
        UUID ticketId,
        String commentId,
        String authorId,
        Author author,
        Visibility visibility,
        String body,
        boolean firstResponse) {
}
