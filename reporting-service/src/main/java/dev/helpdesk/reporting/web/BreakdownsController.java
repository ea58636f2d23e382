package dev.helpdesk.reporting.web;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.reporting.query.AgentsQuery;
import dev.helpdesk.reporting.query.AgentsReport;
import dev.helpdesk.reporting.query.BacklogBreakdown;
import dev.helpdesk.reporting.query.BacklogDimension;
import dev.helpdesk.reporting.query.BacklogQuery;
import dev.helpdesk.reporting.query.RecurringQuery;
import dev.helpdesk.reporting.query.RecurringReport;
import dev.helpdesk.reporting.query.ReportFilter;
import dev.helpdesk.reporting.query.ReportPeriod;
import dev.helpdesk.reporting.query.TimeSeries;
import dev.helpdesk.reporting.query.TimeSeriesInterval;
import dev.helpdesk.reporting.query.TimeSeriesMetric;
import dev.helpdesk.reporting.query.TimeSeriesQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The breakdowns of issue 7 item 2: backlog by a dimension, agents, recurring incidents, time
 * series. Same access rules and filter parameters as the summary; definitions in docs/reports.md.
 */
@RestController
@RequestMapping("/api/v1/reports")
class BreakdownsController {

    /** More points than a chart can show is a mistake in the request, not a reason to scan for long. */
    static final long MAX_POINTS = 1000;
    static final int MAX_LIMIT = 100;
    private static final Duration DEFAULT_RECURRING_PERIOD = Duration.ofDays(7);

    private final BacklogQuery backlog;
    private final AgentsQuery agents;
    private final RecurringQuery recurring;
    private final TimeSeriesQuery timeSeries;
    private final Clock clock;

    BreakdownsController(BacklogQuery backlog, AgentsQuery agents, RecurringQuery recurring,
            TimeSeriesQuery timeSeries, Clock clock) {
        this.backlog = backlog;
        this.agents = agents;
        this.recurring = recurring;
        this.timeSeries = timeSeries;
        this.clock = clock;
    }

    @GetMapping("/backlog")
    BacklogBreakdown backlog(Caller caller,
            @RequestParam(name = "groupBy", required = false, defaultValue = "group") String groupBy,
            @RequestParam(name = ReportPeriodParameters.FROM, required = false) String from,
            @RequestParam(name = ReportPeriodParameters.TO, required = false) String to,
            @RequestParam(name = ReportFilterParameters.GROUP_ID, required = false) String groupId,
            @RequestParam(name = ReportFilterParameters.PRIORITY, required = false) String priority,
            @RequestParam(name = ReportFilterParameters.TYPE, required = false) String type) {
        Set<String> groups = ReportAccess.groupsFor(caller, ReportFilterParameters.groupId(groupId));
        BacklogDimension dimension = BacklogDimension.of(groupBy).orElseThrow(() -> new InvalidReportParameterException(
                "groupBy", "must be one of " + BacklogDimension.parameters() + ", was '" + groupBy + "'"));
        return backlog.breakdown(ReportFilterParameters.toFilter(from, to, groups, priority, type), dimension);
    }

    @GetMapping("/agents")
    AgentsReport agents(Caller caller,
            @RequestParam(name = ReportPeriodParameters.FROM, required = false) String from,
            @RequestParam(name = ReportPeriodParameters.TO, required = false) String to,
            @RequestParam(name = ReportFilterParameters.GROUP_ID, required = false) String groupId,
            @RequestParam(name = ReportFilterParameters.PRIORITY, required = false) String priority,
            @RequestParam(name = ReportFilterParameters.TYPE, required = false) String type) {
        Set<String> groups = ReportAccess.groupsFor(caller, ReportFilterParameters.groupId(groupId));
        return agents.agents(ReportFilterParameters.toFilter(from, to, groups, priority, type));
    }

    /** Without a period, the last seven days up to now; with one end only, seven days from or to it. */
    @GetMapping("/recurring")
    RecurringReport recurring(Caller caller,
            @RequestParam(name = ReportPeriodParameters.FROM, required = false) String from,
            @RequestParam(name = ReportPeriodParameters.TO, required = false) String to,
            @RequestParam(name = ReportFilterParameters.GROUP_ID, required = false) String groupId,
            @RequestParam(name = ReportFilterParameters.PRIORITY, required = false) String priority,
            @RequestParam(name = "limit", required = false, defaultValue = "10") String limit) {
        Set<String> groups = ReportAccess.groupsFor(caller, ReportFilterParameters.groupId(groupId));
        ReportFilter filter = ReportFilterParameters.toFilter(from, to, groups, priority, null);
        ReportPeriod period = bounded(filter.period(), DEFAULT_RECURRING_PERIOD);
        if (!period.from().isBefore(period.to())) {
            throw new InvalidReportParameterException(ReportPeriodParameters.FROM, "must be before 'to'");
        }
        return recurring.recurring(new ReportFilter(period, filter.groupIds(), filter.priority(), null),
                intBetween("limit", limit, 1, MAX_LIMIT));
    }

    /** Without a period, the last 24 hours, 30 days or 12 weeks up to now, by interval. */
    @GetMapping("/timeseries")
    TimeSeries timeSeries(Caller caller,
            @RequestParam(name = "metric", required = false) String metric,
            @RequestParam(name = "interval", required = false, defaultValue = "day") String interval,
            @RequestParam(name = ReportPeriodParameters.FROM, required = false) String from,
            @RequestParam(name = ReportPeriodParameters.TO, required = false) String to,
            @RequestParam(name = ReportFilterParameters.GROUP_ID, required = false) String groupId,
            @RequestParam(name = ReportFilterParameters.PRIORITY, required = false) String priority,
            @RequestParam(name = ReportFilterParameters.TYPE, required = false) String type) {
        Set<String> groups = ReportAccess.groupsFor(caller, ReportFilterParameters.groupId(groupId));
        TimeSeriesMetric figure = TimeSeriesMetric.of(metric).orElseThrow(() -> new InvalidReportParameterException(
                "metric", "must be one of " + TimeSeriesMetric.parameters() + ", was '" + metric + "'"));
        TimeSeriesInterval step = TimeSeriesInterval.of(interval).orElseThrow(() -> new InvalidReportParameterException(
                "interval", "must be one of " + TimeSeriesInterval.parameters() + ", was '" + interval + "'"));
        ReportFilter filter = ReportFilterParameters.toFilter(from, to, groups, priority, type);
        ReportPeriod period = bounded(filter.period(), step.length().multipliedBy(defaultPoints(step)));
        long points = step.points(period.from(), period.to());
        if (points > MAX_POINTS) {
            throw new InvalidReportParameterException("interval", "gives " + points + " points from " + period.from()
                    + " to " + period.to() + ", more than " + MAX_POINTS + ": choose a longer interval or a shorter period");
        }
        return timeSeries.series(new ReportFilter(period, filter.groupIds(), filter.priority(), filter.type()), figure,
                step);
    }

    private ReportPeriod bounded(ReportPeriod period, Duration length) {
        if (period.from() != null && period.to() != null) {
            return period;
        }
        if (period.from() != null) {
            return new ReportPeriod(period.from(), period.from().plus(length));
        }
        Instant end = period.to() != null ? period.to() : clock.instant();
        return new ReportPeriod(end.minus(length), end);
    }

    private static int defaultPoints(TimeSeriesInterval interval) {
        return switch (interval) {
            case HOUR -> 24;
            case DAY -> 30;
            case WEEK -> 12;
        };
    }

    static int intBetween(String parameter, String value, int min, int max) {
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        throw new InvalidReportParameterException(parameter,
                "must be a whole number from " + min + " to " + max + ", was '" + value + "'");
    }
}
