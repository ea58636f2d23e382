package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The ticket was resolved; it is RESOLVED. {@code asset}: the device handed over to the requester, or
 * null (added without a new revision: events stored before it read as null).
 */
@Revision("1")
public record TicketResolved(
        UUID ticketId,
        ResolutionCode code,
        String note,
        String articleId,
        HandedOverAsset asset) {

    /** A resolution that hands over no device. */
    public TicketResolved(UUID ticketId, ResolutionCode code, String note, String articleId) {
        this(ticketId, code, note, articleId, null);
    }
}
