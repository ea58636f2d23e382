package dev.helpdesk.reporting.query;

/**
 * Where a contribution is counted within one time bucket of a {@link CubeView}: the ticket's group,
 * priority and type (what every report filters by) and the view's own breakdown value.
 */
record CellKey(String groupId, String priority, String type, String detail) {

    boolean selectedBy(ReportFilter filter) {
        return filter.selects(groupId, priority, type);
    }
}
