package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketSelection.anyWithin;
import static dev.helpdesk.reporting.query.TicketSelection.of;
import static dev.helpdesk.reporting.query.TicketSelection.within;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * A figure per hour, day or week: the selected tickets' moments in the period, grouped by the
 * hour or day they fall in (one {@code $group} on {@code $dateToString}, so at most one row per
 * hour or day comes back), then added into the intervals here.
 */
@Component
public class TimeSeriesQuery {

    private static final String COUNT = "count";

    private final ProjectionState projections;

    public TimeSeriesQuery(ProjectionState projections) {
        this.projections = projections;
    }

    /** @param filter its period must have both ends, which the caller has checked */
    public TimeSeries series(ReportFilter filter, TimeSeriesMetric metric, TimeSeriesInterval interval) {
        MongoCollection<Document> tickets = projections.serving();
        ReportPeriod period = filter.period();
        Map<Instant, Long> points = new LinkedHashMap<>();
        for (long i = 0, n = interval.points(period.from(), period.to()); i < n; i++) {
            points.put(interval.floor(period.from()).plus(interval.length().multipliedBy(i)), 0L);
        }
        boolean hourly = interval == TimeSeriesInterval.HOUR;
        String format = hourly ? "%Y-%m-%dT%H" : "%Y-%m-%d";
        List<Bson> pipeline = new ArrayList<>();
        String field = metric.field();
        if (metric.list()) {
            pipeline.add(Aggregates.match(of(filter, metric.condition(), anyWithin(field, period))));
            pipeline.add(Aggregates.unwind("$" + field));
            pipeline.add(Aggregates.match(within(field, period)));
        } else {
            pipeline.add(Aggregates.match(of(filter, metric.condition(), within(field, period))));
        }
        pipeline.add(Aggregates.group(new Document("$dateToString",
                new Document("format", format).append("date", "$" + field)), Accumulators.sum(COUNT, 1)));
        for (Document row : tickets.aggregate(pipeline)) {
            Instant start = Instant.parse(row.getString("_id") + (hourly ? ":00:00Z" : "T00:00:00Z"));
            points.merge(interval.floor(start), row.get(COUNT, Number.class).longValue(), Long::sum);
        }
        List<TimeSeries.Point> series = new ArrayList<>();
        points.forEach((start, value) -> series.add(new TimeSeries.Point(start, value)));
        return new TimeSeries(metric.parameter(), interval.parameter(), period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                filter.type(), series);
    }
}
