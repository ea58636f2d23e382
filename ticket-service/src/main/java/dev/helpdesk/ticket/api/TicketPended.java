package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ticket waits; it is PENDING. */
@Revision("1")
public record TicketPended(
        UUID ticketId,
        String reason) {
}
