package dev.helpdesk.escalation.policies.web;

import dev.helpdesk.escalation.admin.Ids;
import dev.helpdesk.escalation.admin.Violations;
import dev.helpdesk.escalation.policies.PolicyConditions;
import dev.helpdesk.escalation.policies.SlaPolicy;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Predicate;

/**
 * The body of {@code POST /api/v1/sla/policies} and {@code PUT /api/v1/sla/policies/{id}}.
 * Durations and enumerations arrive as text and are read here rather than by Jackson, so that
 * one answer names every bad field, not just the first. Without {@code warnAt} a policy warns at
 * 75 % and 90 %.
 */
record PolicyRequest(String id, String name, ConditionsRequest conditions, String firstResponse, String resolution,
        String calendarId, List<Double> warnAt) {

    static final String DURATION_MESSAGE = "must be an ISO-8601 duration of working time, e.g. PT15M, PT4H or PT30H";

    /**
     * The policy this request describes, under {@code policyId}.
     *
     * @param calendarExists whether a calendar id names a calendar
     * @throws dev.helpdesk.escalation.admin.InvalidInput naming every offending field
     */
    SlaPolicy toPolicy(String policyId, Predicate<String> calendarExists) {
        Violations violations = new Violations();
        PolicyConditions readConditions = conditions == null ? null : conditions.read(violations);
        Duration readFirstResponse = duration("firstResponse", firstResponse, violations);
        Duration readResolution = duration("resolution", resolution, violations);
        List<Double> thresholds = warnAt == null ? SlaPolicy.DEFAULT_WARN_AT : warnAt;
        violations.addUnlessReported(SlaPolicy.violations(policyId, name, readConditions, readFirstResponse,
                readResolution, calendarId, thresholds));
        if (Ids.valid(calendarId) && !calendarExists.test(calendarId)) {
            violations.add("calendarId", "names no calendar; see GET /api/v1/sla/calendars");
        }
        violations.throwIfAny();
        return new SlaPolicy(policyId, name.strip(), readConditions, readFirstResponse, readResolution, calendarId,
                thresholds);
    }

    private static Duration duration(String field, String text, Violations violations) {
        if (text == null) {
            return null;
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            violations.add(field, DURATION_MESSAGE);
            return null;
        }
    }
}
