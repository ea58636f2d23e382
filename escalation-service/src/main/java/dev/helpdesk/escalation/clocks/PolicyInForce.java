package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.clock.SlaTargets;
import java.util.Objects;

/** The policy that applies to a ticket, with its targets and its calendar as they are now. */
public record PolicyInForce(String policyId, String calendarId, SlaTargets targets, BusinessCalendar calendar) {

    public PolicyInForce {
        Objects.requireNonNull(policyId, "policyId");
        Objects.requireNonNull(calendarId, "calendarId");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(calendar, "calendar");
    }
}
