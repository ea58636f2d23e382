package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The assigned agent started working; the ticket is IN_PROGRESS. */
@Revision("1")
public record TicketWorkStarted(
        UUID ticketId,
        String agentId) {
}
