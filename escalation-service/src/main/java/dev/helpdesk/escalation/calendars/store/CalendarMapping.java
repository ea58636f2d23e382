package dev.helpdesk.escalation.calendars.store;

import dev.helpdesk.escalation.admin.store.DocumentMapping;
import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.calendars.PublishedHours;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/** Hours and holidays are stored in the published form, so the documents read like the API. */
public final class CalendarMapping implements DocumentMapping<CalendarDefinition> {

    @Override
    public String idOf(CalendarDefinition calendar) {
        return calendar.id();
    }

    @Override
    public Document toDocument(CalendarDefinition definition) {
        BusinessCalendar calendar = definition.calendar();
        Document hours = new Document();
        PublishedHours.of(calendar).forEach(hours::append);
        return new Document("name", definition.name())
                .append("zone", calendar.zone().getId())
                .append("hours", hours)
                .append("holidays", calendar.holidays().stream().map(LocalDate::toString).toList());
    }

    @Override
    public CalendarDefinition fromDocument(String id, Document fields) {
        Document storedHours = fields.get("hours", Document.class);
        Map<DayOfWeek, List<List<String>>> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if (storedHours.get(day.name()) instanceof List<?> intervals) {
                hours.put(day, intervals.stream().map(CalendarMapping::interval).toList());
            }
        }
        List<LocalDate> holidays = fields.getList("holidays", String.class).stream().map(LocalDate::parse).toList();
        return new CalendarDefinition(id, fields.getString("name"),
                BusinessCalendar.parse(ZoneId.of(fields.getString("zone")), hours, holidays));
    }

    private static List<String> interval(Object stored) {
        return ((List<?>) stored).stream().map(String::valueOf).toList();
    }
}
