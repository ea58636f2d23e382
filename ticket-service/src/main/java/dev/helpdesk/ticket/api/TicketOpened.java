package dev.helpdesk.ticket.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A ticket was opened; its status is NEW. When and through which request are in the message. */
@Revision("1")
public record TicketOpened(
        UUID ticketId,
        TicketNumber number,
        TicketType type,
        String subject,
        String description,
        String requesterId,
        Channel channel,
        String category,
        Level impact,
        Level urgency,
        Priority priority,
        List<String> tags,
        String openedBy,
        String affectedAssetId) {

    public TicketOpened {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A ticket that names no affected asset (events stored before the field read so too). */
    public TicketOpened(UUID ticketId, TicketNumber number, TicketType type, String subject, String description,
            String requesterId, Channel channel, String category, Level impact, Level urgency, Priority priority,
            List<String> tags, String openedBy) {
        this(ticketId, number, type, subject, description, requesterId, channel, category, impact, urgency, priority,
                tags, openedBy, null);
    }
}
