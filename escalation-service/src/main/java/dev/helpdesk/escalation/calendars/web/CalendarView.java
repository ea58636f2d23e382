package dev.helpdesk.escalation.calendars.web;

import dev.helpdesk.escalation.admin.Versioned;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.calendars.PublishedHours;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A calendar as the API shows it (DESIGN.md section 5): hours normalised (sorted, touching
 * intervals merged) with every weekday listed, holidays sorted.
 */
record CalendarView(String id, String name, String zone, Map<String, List<List<String>>> hours,
        List<String> holidays, long version, Instant createdAt, Instant updatedAt) {

    static CalendarView of(Versioned<CalendarDefinition> stored) {
        CalendarDefinition definition = stored.value();
        return new CalendarView(definition.id(), definition.name(), definition.calendar().zone().getId(),
                PublishedHours.of(definition.calendar()),
                definition.calendar().holidays().stream().map(LocalDate::toString).toList(),
                stored.version(), stored.createdAt(), stored.updatedAt());
    }
}
