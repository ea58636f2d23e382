package dev.helpdesk.contracts.ticket;

import java.time.Instant;

/**
 * The {@code data} of a {@value TicketEventTypes#COMMENT_ADDED} event: a reply or a note.
 *
 * <p>{@code visibility} is PUBLIC (everyone on the ticket reads it) or INTERNAL (agents only).
 * The {@code body} of an INTERNAL note is never published: it is always null here, and agents
 * read it through the ticket API, which checks who asks. {@code author} is the capacity in which
 * it was written: AGENT, CUSTOMER or SYSTEM.
 *
 * @param status        the ticket's status after the event (a comment does not change it; the
 *                      reply that restarts work is a separate event)
 * @param firstResponse true for the first public reply of an agent on this ticket
 * @param by            the subject of the token of the request, or null when not known
 * @param at            when the ticket service accepted the event
 */
public record TicketCommentAdded(
        String ticketId,
        String status,
        String commentId,
        String authorId,
        String author,
        String visibility,
        String body,
        boolean firstResponse,
        String by,
        Instant at) {
}
