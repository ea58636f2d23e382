package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ticket was resolved; it is RESOLVED. */
@Revision("1")
public record TicketResolved(
        UUID ticketId,
        ResolutionCode code,
        String note,
        String articleId) {
}
