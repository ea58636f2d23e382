package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A resolved ticket was reopened; it is IN_PROGRESS. */
@Revision("1")
public record TicketReopened(
        UUID ticketId,
        String reason) {
}
