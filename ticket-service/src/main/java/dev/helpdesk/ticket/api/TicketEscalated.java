package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ticket was escalated; with {@code toGroupId} it moved to that group's queue. */
@Revision("1")
public record TicketEscalated(
        UUID ticketId,
        String reason,
        String fromGroupId,
        String toGroupId,
        TicketStatus status) {
}
