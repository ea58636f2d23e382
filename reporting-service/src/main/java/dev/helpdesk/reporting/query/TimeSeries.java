package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/**
 * One figure per interval (the JSON of {@code GET /api/v1/reports/timeseries}).
 *
 * @param metric   what is counted (see {@link TimeSeriesMetric})
 * @param interval hour, day or week, in UTC; weeks start on Monday
 * @param points   every interval from the one holding {@code from} to the one holding the last
 *                 instant before {@code to}, zeros included, oldest first
 */
public record TimeSeries(String metric, String interval, Instant from, Instant to, List<String> groupIds,
        String priority, String type, List<Point> points) {

    /** @param start the interval's start; it counts what happened in it and in [from, to) */
    public record Point(Instant start, long value) {
    }
}
