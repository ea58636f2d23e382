package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A figure per hour, day or week: the selected tickets' moments of the metric's kind in each
 * interval of the period, added up from the report cube (D105). Only the first and last interval
 * can have a partial hour, where the period starts or ends.
 */
@Component
public class TimeSeriesQuery {

    private final ReportCubes cubes;

    public TimeSeriesQuery(ReportCubes cubes) {
        this.cubes = cubes;
    }

    /** @param filter its period must have both ends, which the caller has checked */
    public TimeSeries series(ReportFilter filter, TimeSeriesMetric metric, TimeSeriesInterval interval) {
        ReportCube cube = cubes.serving();
        ReportPeriod period = filter.period();
        List<TimeSeries.Point> series = new ArrayList<>();
        Instant first = interval.floor(period.from());
        for (long i = 0, n = interval.points(period.from(), period.to()); i < n; i++) {
            Instant start = first.plus(interval.length().multipliedBy(i));
            Instant end = start.plus(interval.length());
            CubeSlice slice = CubeSlice.of(cube, later(start, period.from()), earlier(end, period.to()));
            series.add(new TimeSeries.Point(start, metric.valueOf(slice.total(metric.kind(), filter))));
        }
        return new TimeSeries(metric.parameter(), interval.parameter(), period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                filter.type(), series);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
