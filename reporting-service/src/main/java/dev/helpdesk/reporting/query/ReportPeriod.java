package dev.helpdesk.reporting.query;

import java.time.Instant;

/**
 * The tickets a report covers: those opened at or after {@code from} and before {@code to}.
 * Either end may be {@code null}, meaning unbounded on that side.
 */
public record ReportPeriod(Instant from, Instant to) {

    public static final ReportPeriod ALL_TIME = new ReportPeriod(null, null);

    public ReportPeriod {
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
    }
}
