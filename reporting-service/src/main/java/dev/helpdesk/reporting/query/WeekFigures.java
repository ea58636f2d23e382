package dev.helpdesk.reporting.query;

/**
 * A week's key figures for the management report: those of the summary over the week (each
 * defined there, docs/reports.md) and the backlog at the week's end.
 *
 * @param backlogAtEnd tickets open at the end of the week ({@link BacklogAt}), whenever opened
 */
public record WeekFigures(long opened, long resolved, long closed, long backlogAtEnd, long escalations,
        TimeFigure firstResponseTime, TimeFigure resolutionTime, SlaCompliance slaCompliance, Share reopenRate,
        Share firstContactResolution, Satisfaction satisfaction) {

    static WeekFigures of(ReportSummary week, long backlogAtEnd) {
        return new WeekFigures(week.opened(), week.resolved(), week.closed(), backlogAtEnd, week.escalations(),
                week.firstResponseTime(), week.resolutionTime(), week.slaCompliance(), week.reopenRate(),
                week.firstContactResolution(), week.satisfaction());
    }
}
