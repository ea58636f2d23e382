package dev.helpdesk.escalation.calendars;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.calendar.WorkingInterval;
import java.time.DayOfWeek;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A calendar's weekly hours in the published form, {@code {"MONDAY": [["08:00","18:00"]], …}},
 * the inverse of {@link BusinessCalendar#parse}. Every weekday is listed, a day off with no
 * intervals, so that a reader sees the whole week rather than guessing what a missing day means.
 */
public final class PublishedHours {

    private PublishedHours() {
    }

    public static Map<String, List<List<String>>> of(BusinessCalendar calendar) {
        Map<String, List<List<String>>> published = new LinkedHashMap<>();
        for (DayOfWeek day : DayOfWeek.values()) {
            published.put(day.name(), calendar.hours().get(day).stream()
                    .map(interval -> List.of(time(interval.startMinute()), time(interval.endMinute())))
                    .toList());
        }
        return published;
    }

    /** "HH:mm", and "24:00" for the end of the day (see {@link WorkingInterval}). */
    static String time(int minuteOfDay) {
        return String.format("%02d:%02d", minuteOfDay / 60, minuteOfDay % 60);
    }
}
