package dev.helpdesk.ticket.query;

import java.time.Instant;
import java.util.List;

/** One ticket in a list: the fields a queue shows, without comments and history. */
public record TicketQueueItem(
        String id,
        String number,
        String type,
        String status,
        String subject,
        String priority,
        String groupId,
        String assigneeId,
        String requesterId,
        String channel,
        String category,
        List<String> tags,
        Instant createdAt,
        Instant updatedAt,
        long version) {
}
