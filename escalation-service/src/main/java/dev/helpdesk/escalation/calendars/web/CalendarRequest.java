package dev.helpdesk.escalation.calendars.web;

import dev.helpdesk.escalation.admin.Ids;
import dev.helpdesk.escalation.admin.Names;
import dev.helpdesk.escalation.admin.Violations;
import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.calendar.InvalidCalendarException;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/v1/sla/calendars} and {@code PUT /api/v1/sla/calendars/{id}}:
 * {@code hours} in the published form ({@code {"MONDAY": [["08:00","18:00"]], …}}, a weekday
 * left out has no working time), {@code holidays} as ISO dates (optional).
 */
record CalendarRequest(String id, String name, String zone, Map<String, List<List<String>>> hours,
        List<String> holidays) {

    static final int MOST_HOLIDAYS = 1000;

    /**
     * The calendar this request describes, under {@code calendarId}.
     *
     * @throws dev.helpdesk.escalation.admin.InvalidInput naming every offending field
     */
    CalendarDefinition toDefinition(String calendarId) {
        Violations violations = new Violations();
        Ids.check("id", calendarId, violations);
        Names.check("name", name, violations);
        ZoneId readZone = zone(violations);
        Map<DayOfWeek, List<List<String>>> weekdays = weekdays(violations);
        List<LocalDate> readHolidays = holidays(violations);
        BusinessCalendar calendar = null;
        if (weekdays != null) {
            try {
                // an unknown zone is reported already; the hours are checked all the same
                calendar = BusinessCalendar.parse(readZone == null ? ZoneOffset.UTC : readZone, weekdays,
                        readHolidays == null ? List.of() : readHolidays);
            } catch (InvalidCalendarException e) {
                violations.add(e.field(), e.reason());
            }
        }
        violations.throwIfAny();
        return new CalendarDefinition(calendarId, name.strip(), calendar);
    }

    /** IANA names only ({@code Europe/Berlin}, {@code UTC}): fixed offsets know no daylight saving. */
    private ZoneId zone(Violations violations) {
        if (zone == null || zone.isBlank()) {
            violations.add("zone", "is required");
        } else if (!ZoneId.getAvailableZoneIds().contains(zone.strip())) {
            violations.add("zone", "is not a known IANA time zone, e.g. Europe/Berlin or UTC");
        } else {
            return ZoneId.of(zone.strip());
        }
        return null;
    }

    private Map<DayOfWeek, List<List<String>>> weekdays(Violations violations) {
        if (hours == null) {
            violations.add("hours", "is required: working intervals per weekday, e.g. {\"MONDAY\": [[\"08:00\",\"18:00\"]]}");
            return null;
        }
        Map<DayOfWeek, List<List<String>>> weekdays = new EnumMap<>(DayOfWeek.class);
        hours.forEach((day, intervals) -> {
            DayOfWeek weekday = weekday(day);
            if (weekday == null) {
                violations.add("hours." + day, "is not a weekday; use MONDAY to SUNDAY");
            } else {
                weekdays.put(weekday, intervals);
            }
        });
        return violations.reported("hours") ? null : weekdays;
    }

    private List<LocalDate> holidays(Violations violations) {
        if (holidays == null) {
            return List.of();
        }
        if (holidays.size() > MOST_HOLIDAYS) {
            violations.add("holidays", "must list at most " + MOST_HOLIDAYS + " dates");
            return null;
        }
        List<LocalDate> dates = new ArrayList<>();
        for (int i = 0; i < holidays.size(); i++) {
            LocalDate date = date(holidays.get(i));
            if (date == null) {
                violations.add("holidays[" + i + "]", "must be an ISO date, e.g. 2026-12-25");
            } else {
                dates.add(date);
            }
        }
        return violations.reported("holidays") ? null : dates;
    }

    private static LocalDate date(String text) {
        try {
            return text == null ? null : LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DayOfWeek weekday(String name) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.name().equals(name)) {
                return day;
            }
        }
        return null;
    }
}
