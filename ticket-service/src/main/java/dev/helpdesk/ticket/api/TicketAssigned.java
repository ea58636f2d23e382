package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ticket went to a group's queue ({@code assigneeId} null) or to an agent; {@code status} is the state after. */
@Revision("1")
public record TicketAssigned(
        UUID ticketId,
        String groupId,
        String assigneeId,
        TicketStatus status) {
}
