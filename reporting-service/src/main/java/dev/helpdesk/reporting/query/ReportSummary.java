package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The summary report (the JSON of {@code GET /api/v1/reports/summary}; field names are public:
 * add, never rename). Every figure is defined in docs/reports.md; in short, three kinds:
 *
 * <ul>
 *   <li>about the tickets opened in the period, each as it is now: {@code opened},
 *       {@code backlog}, {@code backlogAge}, {@code byPriority}, {@code byStatus};</li>
 *   <li>about events in the period, whenever the ticket was opened: {@code resolved},
 *       {@code closed}, {@code reopened}, {@code cancelled}, {@code escalations};</li>
 *   <li>about tickets whose outcome fell in the period: {@code firstResponseTime} (first
 *       response in the period), {@code slaCompliance} (target settled in the period), and
 *       {@code resolutionTime}, {@code firstContactResolution}, {@code reopenRate},
 *       {@code satisfaction} (resolved for good in the period).</li>
 * </ul>
 *
 * @param groupIds   the groups the report is limited to (sorted), or null for all
 * @param asOf       the moment the backlog's ages are measured at
 * @param backlogAge the backlog per age class (always all classes, youngest first)
 */
public record ReportSummary(
        Instant from,
        Instant to,
        List<String> groupIds,
        String priority,
        String type,
        Instant asOf,
        long opened,
        long resolved,
        long closed,
        long reopened,
        long cancelled,
        long backlog,
        Map<String, Long> byPriority,
        Map<String, Long> byStatus,
        Map<String, Long> backlogAge,
        TimeFigure firstResponseTime,
        TimeFigure resolutionTime,
        SlaCompliance slaCompliance,
        Share firstContactResolution,
        Share reopenRate,
        long escalations,
        Satisfaction satisfaction) {
}
