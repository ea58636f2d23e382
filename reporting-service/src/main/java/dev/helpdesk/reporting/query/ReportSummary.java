package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The summary report of a period (the JSON of {@code GET /api/v1/reports/summary}; field names
 * are public, add but never rename). Two kinds of figures:
 *
 * <ul>
 *   <li>about the tickets opened in the period: {@code opened}, {@code backlog},
 *       {@code byPriority}, {@code byStatus}, each as the ticket is now;</li>
 *   <li>about what happened in the period, whenever the ticket was opened: {@code resolved},
 *       {@code closed}, {@code reopened}, {@code cancelled} count those events whose time falls
 *       in the period.</li>
 * </ul>
 *
 * @param opened     tickets opened in the period
 * @param resolved   resolutions in the period (a ticket resolved, reopened and resolved again
 *                   counts twice)
 * @param closed     tickets closed in the period
 * @param reopened   reopenings in the period
 * @param cancelled  tickets cancelled in the period
 * @param backlog    of the tickets opened in the period, those still being worked: not
 *                   resolved, closed nor cancelled now
 * @param byPriority tickets opened in the period per current priority; P1 to P5 always present
 * @param byStatus   tickets opened in the period per current status, for the statuses that occur
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

    /** Folds the per priority and status tallies of a period and its lifecycle counts into the summary. */
    public static ReportSummary of(ReportPeriod period, List<TicketTally> tallies, LifecycleCounts happened) {
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
        return new ReportSummary(period.from(), period.to(), opened, happened.resolved(), happened.closed(),
                happened.reopened(), happened.cancelled(), backlog, byPriority, inLifecycleOrder(byStatus));
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
