package dev.helpdesk.escalation.policies.web;

import dev.helpdesk.escalation.admin.Versioned;
import dev.helpdesk.escalation.policies.PolicyConditions;
import dev.helpdesk.escalation.policies.SlaPolicy;
import java.time.Instant;
import java.util.List;

/** An SLA policy as the API shows it (DESIGN.md section 5); targets as ISO-8601 durations. */
record PolicyView(String id, String name, ConditionsView conditions, String firstResponse, String resolution,
        String calendarId, List<Double> warnAt, long version, Instant createdAt, Instant updatedAt) {

    /** Conditions left out are shown as null: any value matches. */
    record ConditionsView(List<String> priorities, List<String> types, List<String> categories, List<String> tiers,
            Boolean vip) {

        static ConditionsView of(PolicyConditions conditions) {
            return new ConditionsView(
                    conditions.priorities() == null ? null : conditions.priorities().stream().map(Enum::name).toList(),
                    conditions.types() == null ? null : conditions.types().stream().map(Enum::name).toList(),
                    conditions.categories(), conditions.tiers(), conditions.vip());
        }
    }

    static PolicyView of(Versioned<SlaPolicy> stored) {
        SlaPolicy policy = stored.value();
        return new PolicyView(policy.id(), policy.name(), ConditionsView.of(policy.conditions()),
                policy.firstResponse().toString(), policy.resolution().toString(), policy.calendarId(),
                policy.warnAt(), stored.version(), stored.createdAt(), stored.updatedAt());
    }
}
