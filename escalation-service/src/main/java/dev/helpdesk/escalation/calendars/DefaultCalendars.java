package dev.helpdesk.escalation.calendars;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.calendar.WorkingInterval;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The calendars the service starts with (DESIGN.md section 4), under fixed ids that the default
 * policies, other services and tests can name. Their zone is a deployment setting: the platform
 * cannot know where a desk works.
 */
public final class DefaultCalendars {

    /** Every hour of every day: the calendar of the P1 and P2 targets. */
    public static final String AROUND_THE_CLOCK = "24x7";
    /** Monday to Friday, 08:00–18:00: the calendar of the P3 to P5 targets. */
    public static final String BUSINESS_HOURS = "business-hours";

    static final LocalTime OPENS = LocalTime.of(8, 0);
    static final LocalTime CLOSES = LocalTime.of(18, 0);

    private DefaultCalendars() {
    }

    public static List<CalendarDefinition> in(ZoneId zone) {
        return List.of(
                new CalendarDefinition(AROUND_THE_CLOCK, "Around the clock (24x7)", BusinessCalendar.aroundTheClock(zone)),
                new CalendarDefinition(BUSINESS_HOURS, "Business hours (Mon-Fri 08:00-18:00)", businessHours(zone)));
    }

    private static BusinessCalendar businessHours(ZoneId zone) {
        Map<DayOfWeek, List<WorkingInterval>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
                DayOfWeek.FRIDAY)) {
            hours.put(day, List.of(WorkingInterval.of(OPENS, CLOSES)));
        }
        return new BusinessCalendar(zone, hours, List.of());
    }
}
