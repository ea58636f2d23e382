package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The backlog broken down by one dimension (the JSON of {@code GET /api/v1/reports/backlog}).
 *
 * @param groupBy the dimension: group, priority, category, type or channel
 * @param backlog every open ticket selected, the sum of the items
 * @param items   one per value of the dimension that has open tickets, largest first; a ticket
 *                without a value (a ticket in no group yet) is under key null
 */
public record BacklogBreakdown(String groupBy, Instant from, Instant to, List<String> groupIds, String priority,
        String type, Instant asOf, long backlog, List<Item> items) {

    /**
     * @param oldestOpenedAt when the oldest of them was opened
     * @param backlogAge     the item's open tickets per age class, as in the summary
     */
    public record Item(String key, long backlog, Instant oldestOpenedAt, Map<String, Long> backlogAge) {
    }
}
