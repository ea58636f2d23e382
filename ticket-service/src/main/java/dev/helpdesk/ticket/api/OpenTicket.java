package dev.helpdesk.ticket.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Open a new ticket. The number is allocated before the command is sent, because the aggregate
 * records decisions and never queries a sequence.
 *
 * @param openedBy the subject of the caller's token
 */
public record OpenTicket(
        @TargetAggregateIdentifier UUID ticketId,
        TicketNumber number,
        TicketType type,
        String subject,
        String description,
        String requesterId,
        Channel channel,
        String category,
        Level impact,
        Level urgency,
        List<String> tags,
        String openedBy,
        String affectedAssetId) {

    public OpenTicket {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    /** A ticket that names no affected asset. */
    public OpenTicket(UUID ticketId, TicketNumber number, TicketType type, String subject, String description,
            String requesterId, Channel channel, String category, Level impact, Level urgency, List<String> tags,
            String openedBy) {
        this(ticketId, number, type, subject, description, requesterId, channel, category, impact, urgency, tags,
                openedBy, null);
    }
}
