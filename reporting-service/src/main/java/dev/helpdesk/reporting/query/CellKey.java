package dev.helpdesk.reporting.query;

/**
 * Where a contribution is counted within one hour or day of a {@link CubeView}: the ticket's group,
 * priority and type (what every report filters by) and the view's own breakdown value.
 */
record CellKey(String groupId, String priority, String type, String detail) {

    boolean selectedBy(ReportFilter filter) {
        // Set.copyOf's sets throw on contains(null): a ticket in no group is in none of the filter's
        return (filter.groupIds() == null || groupId != null && filter.groupIds().contains(groupId))
                && (filter.priority() == null || filter.priority().equals(priority))
                && (filter.type() == null || filter.type().equals(type));
    }
}
