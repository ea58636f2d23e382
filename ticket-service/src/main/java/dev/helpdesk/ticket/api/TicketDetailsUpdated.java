package dev.helpdesk.ticket.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ticket's subject, description, category or tags changed; the fields hold the new values. */
@Revision("1")
public record TicketDetailsUpdated(
        UUID ticketId,
        String subject,
        String description,
        String category,
        List<String> tags) {
}
