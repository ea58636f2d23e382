package dev.helpdesk.escalation.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The business calendar's rule applied literally: look at the wall clock one minute at a time and
 * ask whether it shows working time. Exact as long as the starts, the hours and the zone's
 * offsets all fall on whole minutes, because then no minute is only partly working time. It reads
 * the hours as generated, not as {@link BusinessCalendar} normalised them.
 */
final class MinuteByMinuteReference {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingInterval>> hours;
    private final Set<LocalDate> holidays;

    MinuteByMinuteReference(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> hours, Set<LocalDate> holidays) {
        this.zone = zone;
        this.hours = hours;
        this.holidays = holidays;
    }

    boolean isWorking(Instant minute) {
        LocalDateTime wall = LocalDateTime.ofInstant(minute, zone);
        if (holidays.contains(wall.toLocalDate())) {
            return false;
        }
        int minuteOfDay = wall.getHour() * 60 + wall.getMinute();
        for (WorkingInterval interval : hours.getOrDefault(wall.getDayOfWeek(), List.of())) {
            if (interval.startMinute() <= minuteOfDay && minuteOfDay < interval.endMinute()) {
                return true;
            }
        }
        return false;
    }

    /** When the target is used up, or empty if that is not within {@code horizon} of the start. */
    Optional<Instant> dueAt(Instant start, Duration target, Duration horizon) {
        if (target.isZero()) {
            return Optional.of(start);
        }
        Duration remaining = target;
        for (Instant minute = start; minute.isBefore(start.plus(horizon)); minute = minute.plus(MINUTE)) {
            if (isWorking(minute)) {
                if (remaining.compareTo(MINUTE) <= 0) {
                    return Optional.of(minute.plus(remaining));
                }
                remaining = remaining.minus(MINUTE);
            }
        }
        return Optional.empty();
    }

    Duration between(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (Instant minute = from; minute.isBefore(to); minute = minute.plus(MINUTE)) {
            if (isWorking(minute)) {
                Duration left = Duration.between(minute, to);
                total = total.plus(left.compareTo(MINUTE) < 0 ? left : MINUTE);
            }
        }
        return total;
    }
}
