package dev.helpdesk.escalation.calendars;

import dev.helpdesk.escalation.admin.Ids;
import dev.helpdesk.escalation.admin.Names;
import dev.helpdesk.escalation.admin.Violations;
import dev.helpdesk.escalation.calendar.BusinessCalendar;
import java.util.Objects;

/**
 * A named business calendar that policies refer to by id. The working time itself, and every
 * rule about hours, zones and holidays, is {@link BusinessCalendar}'s.
 */
public record CalendarDefinition(String id, String name, BusinessCalendar calendar) {

    public CalendarDefinition {
        Violations violations = new Violations();
        Ids.check("id", id, violations);
        Names.check("name", name, violations);
        violations.throwIfAny();
        Objects.requireNonNull(calendar, "calendar");
    }
}
