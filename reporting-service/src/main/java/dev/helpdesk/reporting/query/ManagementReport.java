package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/**
 * The weekly management report (the JSON of {@code GET /api/v1/reports/management}; the HTML
 * and PDF show the same figures): the week's key figures against the week before, its SLA
 * breaches with their factors, its top recurring incidents, and the problems opened in it.
 * docs/reports.md, "The management report", defines each part.
 *
 * @param week         the ISO week, e.g. {@code 2026-W48}
 * @param complete     false while the week is still running: its figures are those so far
 * @param figures      the week's
 * @param previous     the week before's, the same figures
 */
public record ManagementReport(String week, Instant from, Instant to, String previousWeek, List<String> groupIds,
        Instant asOf, boolean complete, WeekFigures figures, WeekFigures previous, SlaBreaches slaBreaches,
        RecurringReport recurring, OpenedProblems problemsOpened) {
}
