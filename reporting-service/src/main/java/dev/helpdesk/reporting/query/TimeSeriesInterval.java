package dev.helpdesk.reporting.query;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The intervals of a time series, in UTC; a week starts on Monday 00:00. */
public enum TimeSeriesInterval {
    HOUR("hour", Duration.ofHours(1)),
    DAY("day", Duration.ofDays(1)),
    WEEK("week", Duration.ofDays(7));

    private final String parameter;
    private final Duration length;

    TimeSeriesInterval(String parameter, Duration length) {
        this.parameter = parameter;
        this.length = length;
    }

    public String parameter() {
        return parameter;
    }

    public Duration length() {
        return length;
    }

    /** The start of the interval that holds the instant. */
    public Instant floor(Instant instant) {
        return switch (this) {
            case HOUR -> instant.truncatedTo(ChronoUnit.HOURS);
            case DAY -> instant.truncatedTo(ChronoUnit.DAYS);
            case WEEK -> instant.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.DAYS)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toInstant();
        };
    }

    /** How many intervals [from, to) touches. */
    public long points(Instant from, Instant to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        Instant last = floor(to.minusNanos(1));
        return Duration.between(floor(from), last).dividedBy(length) + 1;
    }

    public static Optional<TimeSeriesInterval> of(String parameter) {
        return Arrays.stream(values()).filter(interval -> interval.parameter.equals(parameter)).findFirst();
    }

    public static List<String> parameters() {
        return Arrays.stream(values()).map(TimeSeriesInterval::parameter).toList();
    }
}
