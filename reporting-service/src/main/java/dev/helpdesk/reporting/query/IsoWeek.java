package dev.helpdesk.reporting.query;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.IsoFields;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO-8601 week such as {@code 2026-W48}: Monday 00:00 to the next Monday 00:00, in UTC like
 * every other period of the reports (the time series' weeks start the same way).
 */
public record IsoWeek(int year, int week) {

    private static final Pattern TEXT = Pattern.compile("(\\d{4})-W(\\d{2})");

    public IsoWeek {
        if (week < 1 || week > weeksIn(year)) {
            throw new IllegalArgumentException(year + " has no ISO week " + week);
        }
    }

    /** The week a text such as {@code 2026-W48} names, or empty if it names none (2026-W54, 2026-48). */
    public static Optional<IsoWeek> parse(String text) {
        Matcher matcher = TEXT.matcher(text);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(matcher.group(1));
        int week = Integer.parseInt(matcher.group(2));
        return year < 1 || week < 1 || week > weeksIn(year) ? Optional.empty() : Optional.of(new IsoWeek(year, week));
    }

    public static IsoWeek containing(Instant instant) {
        LocalDate day = instant.atZone(ZoneOffset.UTC).toLocalDate();
        return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Its Monday, 00:00 UTC. */
    public Instant from() {
        return monday().atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    /** The next Monday, 00:00 UTC: the end of the week, exclusive. */
    public Instant to() {
        return monday().plusWeeks(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    public IsoWeek previous() {
        return containing(from().minusSeconds(1));
    }

    public ReportPeriod period() {
        return new ReportPeriod(from(), to());
    }

    @Override
    public String toString() {
        return String.format("%04d-W%02d", year, week);
    }

    private LocalDate monday() {
        try {
            return LocalDate.parse(toString() + "-1", DateTimeFormatter.ISO_WEEK_DATE).with(DayOfWeek.MONDAY);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException("Not an ISO week: " + this, e);
        }
    }

    /** 52, or 53 in the years whose 28 December falls in week 53. */
    private static int weeksIn(int year) {
        return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
    }
}
