package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** Impact and urgency were re-rated. */
@Revision("1")
public record TicketPriorityChanged(
        UUID ticketId,
        Level impact,
        Level urgency,
        Priority priority) {
}
