package dev.helpdesk.reporting.query;

import java.util.Objects;
import java.util.Set;

/**
 * What a report covers: a period, and optionally only the tickets now in some groups, of one
 * priority or of one type. Group, priority and type are the ticket's current ones.
 *
 * @param groupIds the groups whose tickets count, or null for all tickets (an agent's report is
 *                 limited to the agent's groups; an empty set matches nothing)
 * @param priority P1 to P5, or null for all
 * @param type     INCIDENT, SERVICE_REQUEST, PROBLEM, or null for all
 */
public record ReportFilter(ReportPeriod period, Set<String> groupIds, String priority, String type) {

    public static final ReportFilter EVERYTHING = new ReportFilter(ReportPeriod.ALL_TIME, null, null, null);

    public ReportFilter {
        Objects.requireNonNull(period, "period");
        groupIds = groupIds == null ? null : Set.copyOf(groupIds);
    }

    /**
     * Whether a ticket now in this group, of this priority and type, is among those selected
     * (the period aside). A ticket in no group is in none of the filter's groups.
     */
    public boolean selects(String groupId, String priority, String type) {
        // Set.copyOf's sets throw on contains(null)
        return (groupIds == null || groupId != null && groupIds.contains(groupId))
                && (this.priority == null || this.priority.equals(priority))
                && (this.type == null || this.type.equals(type));
    }
}
