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
}
