package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** An incident was linked to this problem (it named the problem as its cause). */
@Revision("1")
public record TicketIncidentLinked(
        UUID ticketId,
        UUID incidentId) {
}
