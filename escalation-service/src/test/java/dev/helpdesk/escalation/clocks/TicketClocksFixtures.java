package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.calendars.DefaultCalendars;
import dev.helpdesk.escalation.clock.SlaTargets;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.policies.DefaultPolicies;
import dev.helpdesk.escalation.policies.PolicyMatching;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.SlaPolicy;
import dev.helpdesk.escalation.policies.TicketType;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The seeded policies and calendars (in UTC) as a policy lookup, and events of one ticket. */
final class TicketClocksFixtures {

    static final String TICKET = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";
    /** A Monday, 09:00 UTC: inside the business hours. */
    static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");

    static final Map<String, BusinessCalendar> CALENDARS = DefaultCalendars.in(ZoneOffset.UTC).stream()
            .collect(Collectors.toMap(definition -> definition.id(), definition -> definition.calendar()));

    /** What the service's lookup does, over the default policies. */
    static final PolicyLookup DEFAULTS = facts -> PolicyMatching.mostSpecific(DefaultPolicies.all(), facts)
            .map(TicketClocksFixtures::inForce);

    static final PolicyLookup NONE = facts -> java.util.Optional.empty();

    private TicketClocksFixtures() {
    }

    static PolicyInForce inForce(SlaPolicy policy) {
        return new PolicyInForce(policy.id(), policy.calendarId(), new SlaTargets(policy.firstResponse(),
                policy.resolution(), policy.warnAt().stream().map(Threshold::of).toList()),
                CALENDARS.get(policy.calendarId()));
    }

    static Instant t(String sinceT0) {
        return T0.plus(Duration.parse(sinceT0));
    }

    static TicketDetails details(Priority priority) {
        return new TicketDetails(priority, TicketType.INCIDENT, "network", "c-1");
    }

    static TicketEvent event(long sequence, String sinceT0, TicketTransition transition) {
        return new TicketEvent(TICKET, sequence, t(sinceT0), transition);
    }

    static TicketEvent opened(Priority priority) {
        return event(1, "PT0S", new TicketTransition.Opened(details(priority)));
    }

    static List<SlaPolicy> policies() {
        return DefaultPolicies.all();
    }
}
