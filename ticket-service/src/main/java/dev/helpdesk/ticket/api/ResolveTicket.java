package dev.helpdesk.ticket.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the fix: a resolution code and a note are required. {@code asset}: the device a fulfilled
 * service request hands over to the requester, or null.
 */
public record ResolveTicket(
        @TargetAggregateIdentifier UUID ticketId,
        Long expectedVersion,
        ResolutionCode code,
        String note,
        String articleId,
        String actorId,
        AssetHandover asset) {

    /** A resolution that hands over no device. */
    public ResolveTicket(UUID ticketId, Long expectedVersion, ResolutionCode code, String note, String articleId,
            String actorId) {
        this(ticketId, expectedVersion, code, note, articleId, actorId, null);
    }
}
