package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summary report over the tickets opened in a period (the JSON of
 * {@code GET /api/v1/reports/summary}; field names are public, add but never rename).
 *
 * @param opened    tickets opened in the period
 * @param backlog   of those, the tickets that are still being worked: not resolved, closed nor
 *                  cancelled now
 * @param byPriority tickets opened in the period per priority; P1 to P5 always present
 * @param byStatus  tickets opened in the period per current status, for the statuses that occur
 */
public record ReportSummary(
        Instant from,
        Instant to,
        long opened,
        long resolved,
        long closed,
        long reopened,
        long cancelled,
        long backlog,
        Map<String, Long> byPriority,
        Map<String, Long> byStatus) {

    static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", "P5");
    /** The lifecycle order of DESIGN.md section 4, so the statuses read like the workflow. */
    static final List<String> STATUS_ORDER = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "PENDING", "RESOLVED",
            "CLOSED", "CANCELLED");
    /** Statuses in which nobody has to work on a ticket any more. */
    static final Set<String> OUT_OF_BACKLOG = Set.of("RESOLVED", "CLOSED", "CANCELLED");

    /** Folds the per priority and status tallies of a period into the summary. */
    public static ReportSummary of(ReportPeriod period, List<TicketTally> tallies) {
        Map<String, Long> byPriority = new LinkedHashMap<>();
        PRIORITIES.forEach(priority -> byPriority.put(priority, 0L));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        long opened = 0;
        long backlog = 0;
        for (TicketTally tally : tallies) {
            opened += tally.count();
            if (tally.priority() != null) {
                byPriority.merge(tally.priority(), tally.count(), Long::sum);
            }
            if (tally.status() != null) {
                byStatus.merge(tally.status(), tally.count(), Long::sum);
            }
            if (!OUT_OF_BACKLOG.contains(tally.status())) {
                backlog += tally.count();
            }
        }
        // No event that resolves, closes, reopens or cancels a ticket is published yet (the
        // contracts carry helpdesk.ticket.opened.v1 only), so these are zero by fact, not by
        // estimate. Each will count its own events within the period once they exist.
        long resolved = 0;
        long closed = 0;
        long reopened = 0;
        long cancelled = 0;
        return new ReportSummary(period.from(), period.to(), opened, resolved, closed, reopened, cancelled,
                backlog, byPriority, inLifecycleOrder(byStatus));
    }

    /** Known statuses in workflow order, then any a newer producer added, alphabetically. */
    private static Map<String, Long> inLifecycleOrder(Map<String, Long> byStatus) {
        List<String> statuses = new ArrayList<>(byStatus.keySet());
        statuses.sort((a, b) -> {
            int rankA = rank(a);
            int rankB = rank(b);
            return rankA != rankB ? Integer.compare(rankA, rankB) : a.compareTo(b);
        });
        Map<String, Long> ordered = new LinkedHashMap<>();
        statuses.forEach(status -> ordered.put(status, byStatus.get(status)));
        return ordered;
    }

    private static int rank(String status) {
        int index = STATUS_ORDER.indexOf(status);
        return index < 0 ? STATUS_ORDER.size() : index;
    }
}
