package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The ticket was related to another. */
@Revision("1")
public record TicketLinked(
        UUID ticketId,
        UUID targetId,
        LinkKind kind) {
}
