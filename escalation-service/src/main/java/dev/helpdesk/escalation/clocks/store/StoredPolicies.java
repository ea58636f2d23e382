package dev.helpdesk.escalation.clocks.store;

import dev.helpdesk.escalation.admin.Versioned;
import dev.helpdesk.escalation.admin.store.VersionedDocuments;
import dev.helpdesk.escalation.calendars.CalendarDefinition;
import dev.helpdesk.escalation.clock.SlaTargets;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.clocks.PolicyInForce;
import dev.helpdesk.escalation.clocks.PolicyLookup;
import dev.helpdesk.escalation.policies.PolicyMatching;
import dev.helpdesk.escalation.policies.SlaPolicy;
import dev.helpdesk.escalation.policies.TicketFacts;
import java.util.Optional;

/**
 * The policies and calendars as they are stored now. A policy names a calendar that exists (its
 * writes check it, and there is no delete), so a missing one is a fault worth a retry, not a
 * ticket without SLA.
 */
final class StoredPolicies implements PolicyLookup {

    private final VersionedDocuments<SlaPolicy> policies;
    private final VersionedDocuments<CalendarDefinition> calendars;

    StoredPolicies(VersionedDocuments<SlaPolicy> policies, VersionedDocuments<CalendarDefinition> calendars) {
        this.policies = policies;
        this.calendars = calendars;
    }

    @Override
    public Optional<PolicyInForce> policyFor(TicketFacts facts) {
        return PolicyMatching.mostSpecific(policies.all(), facts).map(this::inForce);
    }

    private PolicyInForce inForce(SlaPolicy policy) {
        CalendarDefinition calendar = calendars.find(policy.calendarId()).map(Versioned::value)
                .orElseThrow(() -> new IllegalStateException("SLA policy " + policy.id() + " names calendar "
                        + policy.calendarId() + ", which does not exist"));
        SlaTargets targets = new SlaTargets(policy.firstResponse(), policy.resolution(),
                policy.warnAt().stream().map(Threshold::of).toList());
        return new PolicyInForce(policy.id(), calendar.id(), targets, calendar.calendar());
    }
}
