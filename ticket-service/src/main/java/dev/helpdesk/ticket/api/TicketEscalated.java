package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The ticket was escalated; with {@code toGroupId} it moved to that group's queue.
 * {@code supervisorId} is who is to be told (hierarchical escalation), {@code requestId} the SLA
 * escalation request carried out; both null when not given (and in events stored before they
 * existed, which read the same: the revision stays, as nothing else changed).
 */
@Revision("1")
public record TicketEscalated(
        UUID ticketId,
        String reason,
        String fromGroupId,
        String toGroupId,
        TicketStatus status,
        String supervisorId,
        String requestId) {

    public TicketEscalated(UUID ticketId, String reason, String fromGroupId, String toGroupId, TicketStatus status) {
        this(ticketId, reason, fromGroupId, toGroupId, status, null, null);
    }
}
