package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ticket is CANCELLED, for good. */
@Revision("1")
public record TicketCancelled(
        UUID ticketId,
        String reason) {
}
