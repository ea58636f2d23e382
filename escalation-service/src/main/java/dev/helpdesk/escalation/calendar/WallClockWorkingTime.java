package dev.helpdesk.escalation.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;

/**
 * Working time counted on a wall clock that never jumps: the local time of one stretch between
 * two offset changes of the calendar's zone. Inside such a stretch wall-clock time passes exactly
 * as fast as real time, so wall-clock sums are real sums; {@link BusinessCalendar} cuts the real
 * timeline at the zone's offset changes and asks this class about each stretch.
 *
 * <p>Days are walked one at a time, but whole weeks without a holiday are skipped in one step
 * because each is worth exactly {@link #workingWeek}: a target of weeks costs a handful of steps.
 */
final class WallClockWorkingTime {

    private final Map<DayOfWeek, List<WorkingInterval>> hours;
    private final NavigableSet<LocalDate> holidays;
    private final Duration workingWeek;

    WallClockWorkingTime(Map<DayOfWeek, List<WorkingInterval>> hours, NavigableSet<LocalDate> holidays) {
        this.hours = hours;
        this.holidays = holidays;
        this.workingWeek = Duration.ofMinutes(hours.values().stream()
                .flatMap(List::stream)
                .mapToLong(interval -> interval.endMinute() - interval.startMinute())
                .sum());
    }

    /** Working time within [from, to). */
    Duration between(LocalDateTime from, LocalDateTime to) {
        Duration total = Duration.ZERO;
        LocalDate day = from.toLocalDate();
        while (day.atStartOfDay().isBefore(to)) {
            long weeks = wholeDayAhead(day, from) ? quietWeeks(day, to.toLocalDate()) : 0;
            if (weeks > 0) {
                total = total.plus(workingWeek.multipliedBy(weeks));
                day = day.plusWeeks(weeks);
                continue;
            }
            for (WorkingInterval interval : workingIntervals(day)) {
                LocalDateTime start = later(from, at(day, interval.startMinute()));
                LocalDateTime end = earlier(to, at(day, interval.endMinute()));
                if (start.isBefore(end)) {
                    total = total.plus(Duration.between(start, end));
                }
            }
            day = day.plusDays(1);
        }
        return total;
    }

    /**
     * The earliest wall-clock time by which {@code amount} (more than zero) of working time has
     * passed since {@code from}, or empty if less than that lies before {@code limit}.
     * A null limit means the wall clock runs on for ever.
     */
    Optional<LocalDateTime> dueAt(LocalDateTime from, Duration amount, LocalDateTime limit) {
        Duration remaining = amount;
        LocalDate day = from.toLocalDate();
        while (limit == null || day.atStartOfDay().isBefore(limit)) {
            long weeks = wholeDayAhead(day, from) ? quietWeeks(day, limit == null ? null : limit.toLocalDate()) : 0;
            if (weeks > 0 && remaining.compareTo(workingWeek) > 0) {
                // Skip only weeks that end strictly before the target, so it still lies ahead of us.
                weeks = Math.min(weeks, remaining.minusNanos(1).dividedBy(workingWeek));
                remaining = remaining.minus(workingWeek.multipliedBy(weeks));
                day = day.plusWeeks(weeks);
                continue;
            }
            for (WorkingInterval interval : workingIntervals(day)) {
                LocalDateTime start = later(from, at(day, interval.startMinute()));
                LocalDateTime end = at(day, interval.endMinute());
                if (limit != null) {
                    end = earlier(limit, end);
                }
                if (start.isBefore(end)) {
                    Duration available = Duration.between(start, end);
                    if (available.compareTo(remaining) >= 0) {
                        return Optional.of(start.plus(remaining));
                    }
                    remaining = remaining.minus(available);
                }
            }
            day = day.plusDays(1);
        }
        return Optional.empty();
    }

    private List<WorkingInterval> workingIntervals(LocalDate day) {
        return holidays.contains(day) ? List.of() : hours.get(day.getDayOfWeek());
    }

    private static boolean wholeDayAhead(LocalDate day, LocalDateTime from) {
        return !day.atStartOfDay().isBefore(from);
    }

    /** Whole weeks from {@code day} that hold no holiday and end by {@code until} (null: never). */
    private long quietWeeks(LocalDate day, LocalDate until) {
        LocalDate holiday = holidays.ceiling(day);
        LocalDate end = holiday == null ? until : until == null ? holiday : earlierDate(holiday, until);
        return end == null ? Long.MAX_VALUE : ChronoUnit.WEEKS.between(day, end);
    }

    private static LocalDateTime at(LocalDate day, int minuteOfDay) {
        return day.atStartOfDay().plusMinutes(minuteOfDay);
    }

    private static LocalDateTime later(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime earlier(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static LocalDate earlierDate(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
