package dev.helpdesk.reporting.web;

import dev.helpdesk.reporting.query.ReportPeriod;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads the {@code from} and {@code to} query parameters of a report into a period. */
final class ReportPeriodParameters {

    static final String FROM = "from";
    static final String TO = "to";

    private ReportPeriodParameters() {
    }

    /** Both are optional ISO-8601 instants; {@code from} is inclusive, {@code to} exclusive. */
    static ReportPeriod toPeriod(String from, String to) {
        Instant start = instant(FROM, from);
        Instant end = instant(TO, to);
        if (start != null && end != null && start.isAfter(end)) {
            throw new InvalidReportParameterException(FROM, "must not be after 'to' (" + end + ")");
        }
        return new ReportPeriod(start, end);
    }

    private static Instant instant(String parameter, String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidReportParameterException(parameter,
                    "must be an ISO-8601 instant such as 2026-11-27T09:15:00Z, was '" + value + "'");
        }
    }
}
