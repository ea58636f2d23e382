package dev.helpdesk.benchmark;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report queries the reports benchmark measures, by kind: the summary over a day, 30 days and
 * a year (also with filters), the backlog by each dimension, agents, recurring incidents, and a
 * year's daily time series, each as a supervisor asks through the gateway.
 */
final class ReportQueries {

    private ReportQueries() {
    }

    /** Kind (as reported) to its URL, for a report read at {@code now}. */
    static Map<String, URI> of(URI gateway, Instant now) {
        Instant end = now.truncatedTo(ChronoUnit.SECONDS);
        String day = period(end, Duration.ofDays(1));
        String month = period(end, Duration.ofDays(30));
        String year = period(end, Duration.ofDays(365));
        String base = gateway + "/api/v1/reports";
        Map<String, URI> queries = new LinkedHashMap<>();
        queries.put("summary-1d", URI.create(base + "/summary?" + day));
        queries.put("summary-30d", URI.create(base + "/summary?" + month));
        queries.put("summary-1y", URI.create(base + "/summary?" + year));
        queries.put("summary-30d-filtered", URI.create(base + "/summary?" + month
                + "&groupId=service-desk-l1&priority=P3&type=INCIDENT"));
        queries.put("summary-1y-filtered", URI.create(base + "/summary?" + year + "&groupId=network-l2&priority=P2"));
        for (String dimension : new String[] {"group", "priority", "category", "type", "channel"}) {
            queries.put("backlog-" + dimension, URI.create(base + "/backlog?groupBy=" + dimension));
        }
        queries.put("agents-30d", URI.create(base + "/agents?" + month));
        queries.put("recurring-30d", URI.create(base + "/recurring?" + month));
        queries.put("timeseries-opened-day-1y", URI.create(base + "/timeseries?metric=opened&interval=day&" + year));
        return queries;
    }

    private static String period(Instant end, Duration length) {
        return "from=" + end.minus(length) + "&to=" + end;
    }
}
