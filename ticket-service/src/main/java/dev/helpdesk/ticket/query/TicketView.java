package dev.helpdesk.ticket.query;

import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A ticket as callers see it (the Ticket resource of DESIGN.md section 5). {@code version} counts
 * the ticket's events: 1 right after it was opened; it is the {@code ETag} and the
 * {@code sequence} of the last event on Kafka.
 */
public record TicketView(
        UUID id,
        TicketNumber number,
        TicketType type,
        TicketStatus status,
        String subject,
        String description,
        String requesterId,
        Channel channel,
        String category,
        Level impact,
        Level urgency,
        Priority priority,
        String groupId,
        String assigneeId,
        List<String> tags,
        List<Comment> comments,
        List<Link> links,
        List<LinkedIncident> incidents,
        Resolution resolution,
        Satisfaction satisfaction,
        Instant createdAt,
        Instant updatedAt,
        Instant firstRespondedAt,
        Instant resolvedAt,
        Instant closedAt,
        long version,
        String affectedAssetId) {

    public record Comment(String id, String authorId, String visibility, String body, Instant createdAt) {
    }

    public record Link(UUID targetId, String kind) {
    }

    /** An incident linked to this problem ({@code CAUSED_BY}); empty for other types. */
    public record LinkedIncident(UUID id, Instant linkedAt) {
    }

    /** {@code asset}: the device the resolution handed over to the requester, or null. */
    public record Resolution(String code, String note, String articleId, Asset asset) {

        public Resolution(String code, String note, String articleId) {
            this(code, note, articleId, null);
        }
    }

    /** A device handed over, under the asset id the customer service records it by. */
    public record Asset(String id, String type, String model, String serial, String assetTag) {
    }

    public record Satisfaction(int rating, String comment, Instant ratedAt) {
    }

    /** What a customer may see: everything but internal notes. */
    public TicketView withoutInternalNotes() {
        return new TicketView(id, number, type, status, subject, description, requesterId, channel, category, impact,
                urgency, priority, groupId, assigneeId, tags,
                comments.stream().filter(comment -> !"INTERNAL".equals(comment.visibility())).toList(), links,
                incidents, resolution, satisfaction, createdAt, updatedAt, firstRespondedAt, resolvedAt, closedAt, version,
                affectedAssetId);
    }
}
