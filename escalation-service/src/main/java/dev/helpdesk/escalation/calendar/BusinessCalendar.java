package dev.helpdesk.escalation.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * When a support group works: weekly hours on the wall clock of one time zone, minus holidays.
 * SLA targets are amounts of this working time, so it answers when a target falls due and how
 * much working time lies between two instants.
 *
 * <p>An instant is working time when the zone's wall clock at that instant shows a working date
 * (not a holiday) and a time inside one of that weekday's {@link WorkingInterval}s. Everything
 * else follows from that one rule, including daylight-saving days: hours that contain a
 * spring-forward gap are an hour shorter in real time, hours that contain a fall-back overlap
 * are an hour longer, and hours that begin inside a gap begin at the instant the gap ends.
 *
 * <p>Hours are normalised: each day's intervals are sorted, and intervals that touch
 * (08:00–12:00 and 12:00–18:00) are merged, because their working time is the same either way
 * and the normal form makes equal calendars equal. Overlapping intervals are rejected: they
 * are almost always a typing mistake, and silently taking their union would hide it.
 */
public final class BusinessCalendar {

    private final ZoneId zone;
    private final Map<DayOfWeek, List<WorkingInterval>> hours;
    private final NavigableSet<LocalDate> holidays;
    private final WallClockWorkingTime wallClock;

    /**
     * @param hours working intervals per weekday, in any order; a missing weekday has none
     * @param holidays dates, in the calendar's zone, without any working time
     * @throws InvalidCalendarException naming the field at fault
     */
    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, ? extends Collection<WorkingInterval>> hours,
            Collection<LocalDate> holidays) {
        if (zone == null) {
            throw new InvalidCalendarException("zone", "is required");
        }
        this.zone = zone;
        this.hours = WeeklyHours.normalise(hours);
        this.holidays = holidaysOf(holidays);
        this.wallClock = new WallClockWorkingTime(this.hours, this.holidays);
    }

    /** Every hour of every day, no holidays: the calendar of round-the-clock targets. */
    public static BusinessCalendar aroundTheClock(ZoneId zone) {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            hours.put(day, List.of(WorkingInterval.WHOLE_DAY));
        }
        return new BusinessCalendar(zone, hours, List.of());
    }

    /**
     * Reads hours in the published form, {@code {"MONDAY": [["08:00","18:00"]], …}}, naming the
     * exact interval at fault ({@code hours.MONDAY[1]}) when one cannot be read.
     */
    public static BusinessCalendar parse(ZoneId zone, Map<DayOfWeek, ? extends List<? extends List<String>>> hours,
            Collection<LocalDate> holidays) {
        return new BusinessCalendar(zone, WeeklyHours.parse(hours), holidays);
    }

    /**
     * The instant by which {@code businessTime} of working time has passed since {@code start}:
     * the earliest instant {@code due} with {@code businessTimeBetween(start, due)} equal to it.
     * So a target that is used up exactly at the end of a working day is due then, not when the
     * next working day begins; and a zero target is due at {@code start}, working time or not.
     */
    public Instant dueAt(Instant start, Duration businessTime) {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(businessTime, "businessTime");
        if (businessTime.isNegative()) {
            throw new IllegalArgumentException("business time must not be negative: " + businessTime);
        }
        if (businessTime.isZero()) {
            return start;
        }
        ZoneRules rules = zone.getRules();
        Instant from = start;
        Duration remaining = businessTime;
        while (true) {
            ZoneOffset offset = rules.getOffset(from);
            ZoneOffsetTransition next = rules.nextTransition(from);
            LocalDateTime wallFrom = LocalDateTime.ofInstant(from, offset);
            LocalDateTime wallLimit = next == null ? null : LocalDateTime.ofInstant(next.getInstant(), offset);
            Optional<LocalDateTime> due = wallClock.dueAt(wallFrom, remaining, wallLimit);
            if (due.isPresent()) {
                return due.get().toInstant(offset);
            }
            // Only a stretch with a next offset change can run out, so next is not null here.
            remaining = remaining.minus(wallClock.between(wallFrom, wallLimit));
            from = next.getInstant();
        }
    }

    /** Working time within [from, to); zero when {@code to} is not after {@code from}. */
    public Duration businessTimeBetween(Instant from, Instant to) {
        ZoneRules rules = zone.getRules();
        Duration total = Duration.ZERO;
        Instant stretchStart = from;
        while (stretchStart.isBefore(to)) {
            ZoneOffset offset = rules.getOffset(stretchStart);
            ZoneOffsetTransition next = rules.nextTransition(stretchStart);
            Instant stretchEnd = next == null || next.getInstant().isAfter(to) ? to : next.getInstant();
            total = total.plus(wallClock.between(
                    LocalDateTime.ofInstant(stretchStart, offset), LocalDateTime.ofInstant(stretchEnd, offset)));
            stretchStart = stretchEnd;
        }
        return total;
    }

    public ZoneId zone() {
        return zone;
    }

    /** All seven weekdays, each with its sorted, merged intervals (possibly none). */
    public Map<DayOfWeek, List<WorkingInterval>> hours() {
        return hours;
    }

    public NavigableSet<LocalDate> holidays() {
        return holidays;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar that
                && zone.equals(that.zone) && hours.equals(that.hours) && holidays.equals(that.holidays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, hours, holidays);
    }

    @Override
    public String toString() {
        return "BusinessCalendar[zone=" + zone + ", hours=" + hours + ", holidays=" + holidays + "]";
    }

    private static NavigableSet<LocalDate> holidaysOf(Collection<LocalDate> holidays) {
        if (holidays == null) {
            throw new InvalidCalendarException("holidays", "is required (an empty list for none)");
        }
        for (LocalDate holiday : holidays) {
            if (holiday == null) {
                throw new InvalidCalendarException("holidays", "must not contain an empty date");
            }
        }
        return Collections.unmodifiableNavigableSet(new TreeSet<>(holidays));
    }
}
