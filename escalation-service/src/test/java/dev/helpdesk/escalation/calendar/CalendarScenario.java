package dev.helpdesk.escalation.calendar;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A generated calendar (hours exactly as generated, before normalising), a start and a target. */
record CalendarScenario(ZoneId zone, Map<DayOfWeek, List<WorkingInterval>> hours, Set<LocalDate> holidays,
        Instant start, Duration target) {

    BusinessCalendar calendar() {
        return new BusinessCalendar(zone, hours, holidays);
    }

    CalendarScenario withTarget(Duration newTarget) {
        return new CalendarScenario(zone, hours, holidays, start, newTarget);
    }

    MinuteByMinuteReference reference() {
        return new MinuteByMinuteReference(zone, hours, holidays);
    }

    @Override
    public String toString() {
        return "zone " + zone + ", start " + start + " (" + start.atZone(zone) + ", " + start.atZone(zone).getDayOfWeek()
                + "), target " + target + "\n hours " + hours + "\n holidays " + new TreeSet<>(holidays);
    }
}
