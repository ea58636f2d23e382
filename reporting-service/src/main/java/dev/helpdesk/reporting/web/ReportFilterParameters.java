package dev.helpdesk.reporting.web;

import dev.helpdesk.reporting.query.ReportFilter;
import java.util.List;
import java.util.Set;

/** Reads the filter parameters every report takes: period, group, priority and type. */
final class ReportFilterParameters {

    static final String GROUP_ID = "groupId";
    static final String PRIORITY = "priority";
    static final String TYPE = "type";

    private static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", "P5");
    private static final List<String> TYPES = List.of("INCIDENT", "SERVICE_REQUEST", "PROBLEM");

    private ReportFilterParameters() {
    }

    /** @param groups the groups the caller may see, from {@link ReportAccess}; null for all */
    static ReportFilter toFilter(String from, String to, Set<String> groups, String priority, String type) {
        return new ReportFilter(ReportPeriodParameters.toPeriod(from, to), groups,
                oneOf(PRIORITY, priority, PRIORITIES), oneOf(TYPE, type, TYPES));
    }

    /** An empty value means "all", like an absent one. */
    static String oneOf(String parameter, String value, List<String> allowed) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (!allowed.contains(value)) {
            throw new InvalidReportParameterException(parameter, "must be one of " + allowed + ", was '" + value + "'");
        }
        return value;
    }

    /** An empty group id is no group id. */
    static String groupId(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
