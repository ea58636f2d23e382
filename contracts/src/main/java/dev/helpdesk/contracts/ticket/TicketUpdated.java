package dev.helpdesk.contracts.ticket;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value TicketEventTypes#UPDATED} event: the ticket's details after the
 * change, all of them, so a consumer replaces its copy without merging.
 *
 * @param status the ticket's status after the event (unchanged by an update)
 * @param by     the subject of the token that made the change, or null when not known
 * @param at     when the ticket service accepted the event
 */
public record TicketUpdated(
        String ticketId,
        String status,
        String subject,
        String description,
        String category,
        List<String> tags,
        String by,
        Instant at) {
}
