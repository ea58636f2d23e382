package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The requester rated the service (1 to 5). */
@Revision("1")
public record TicketSatisfactionRated(
        UUID ticketId,
        String raterId,
        int rating,
        String comment) {
}
