package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ticket is worked again after waiting; it is IN_PROGRESS. */
@Revision("1")
public record TicketResumed(
        UUID ticketId,
        String reason) {
}
