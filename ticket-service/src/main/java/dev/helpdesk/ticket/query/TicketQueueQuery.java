package dev.helpdesk.ticket.query;

import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/**
 * One ticket list request, already validated. A {@code null} (or, for the sets, empty) criterion
 * matches every ticket, except {@code groupIds}: {@code null} means any group, an empty set no
 * group at all.
 *
 * @param createdFrom inclusive lower bound of the creation time
 * @param createdTo exclusive upper bound of the creation time
 * @param problemId only incidents linked to this problem ({@code CAUSED_BY})
 * @param text matched case-insensitively, literally, as a substring of subject or description
 * @param page 0-based
 */
public record TicketQueueQuery(
        Set<TicketStatus> statuses,
        Set<String> groupIds,
        String assigneeId,
        boolean unassigned,
        String requesterId,
        UUID problemId,
        Priority priority,
        TicketType type,
        Channel channel,
        Instant createdFrom,
        Instant createdTo,
        String text,
        TicketQueueSort sort,
        int page,
        int size) {

    public TicketQueueQuery {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        groupIds = groupIds == null ? null : Set.copyOf(groupIds);
        sort = sort == null ? TicketQueueSort.PRIORITY : sort;
    }
}
