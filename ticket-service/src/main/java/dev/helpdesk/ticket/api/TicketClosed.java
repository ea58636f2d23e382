package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ticket is CLOSED, for good. */
@Revision("1")
public record TicketClosed(
        UUID ticketId,
        String reason) {
}
