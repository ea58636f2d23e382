package dev.helpdesk.escalation.policies;

import dev.helpdesk.escalation.admin.Ids;
import dev.helpdesk.escalation.admin.InvalidInput;
import dev.helpdesk.escalation.admin.Names;
import dev.helpdesk.escalation.admin.Violation;
import dev.helpdesk.escalation.admin.Violations;
import java.time.Duration;
import java.util.List;

/**
 * The service-level promise for the tickets its conditions select: a first response and a
 * resolution within the given amounts of the calendar's working time, with warnings when the
 * given fractions of a target are used up.
 *
 * <p>Rules, each checked with every offending field named (so a definition that breaks them
 * never exists):
 * <ul>
 * <li>at least one condition: a policy for every ticket would silently outrank nothing and
 *     catch everything no other policy matches, which the issue rules out;</li>
 * <li>targets are longer than zero, in whole seconds, at most {@link #LONGEST_TARGET};</li>
 * <li>the first response is due no later than the resolution: a ticket cannot be resolved
 *     before anyone answered it, so a longer first-response target could never apply;</li>
 * <li>warnings are fractions strictly between 0 and 1, in increasing order; none is allowed
 *     (no warnings, only the breach).</li>
 * </ul>
 */
public record SlaPolicy(String id, String name, PolicyConditions conditions, Duration firstResponse,
        Duration resolution, String calendarId, List<Double> warnAt) {

    public static final List<Double> DEFAULT_WARN_AT = List.of(0.75, 0.9);
    /** A year of working time: anything longer is a typing mistake, not a promise. */
    public static final Duration LONGEST_TARGET = Duration.ofDays(366);
    public static final int MOST_WARNINGS = 10;

    public SlaPolicy {
        List<Violation> found = violations(id, name, conditions, firstResponse, resolution, calendarId, warnAt);
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
        warnAt = List.copyOf(warnAt);
    }

    /** Everything wrong with these values; a missing one ({@code null}) counts as wrong. */
    public static List<Violation> violations(String id, String name, PolicyConditions conditions,
            Duration firstResponse, Duration resolution, String calendarId, List<Double> warnAt) {
        Violations violations = new Violations();
        Ids.check("id", id, violations);
        Names.check("name", name, violations);
        if (conditions == null || conditions.count() == 0) {
            violations.add("conditions", "needs at least one of priorities, types, categories, tiers or vip;"
                    + " a policy for every ticket is not allowed");
        }
        checkTarget("firstResponse", firstResponse, violations);
        checkTarget("resolution", resolution, violations);
        if (!violations.reported("firstResponse") && !violations.reported("resolution")
                && firstResponse.compareTo(resolution) > 0) {
            violations.add("firstResponse", "must not be longer than the resolution target (" + resolution + ")");
        }
        Ids.check("calendarId", calendarId, violations);
        checkWarnings(warnAt, violations);
        return violations.list();
    }

    private static void checkTarget(String field, Duration target, Violations violations) {
        if (target == null) {
            violations.add(field, "is required");
        } else if (target.isNegative() || target.isZero()) {
            violations.add(field, "must be longer than zero");
        } else if (target.getNano() != 0) {
            violations.add(field, "must be whole seconds");
        } else if (target.compareTo(LONGEST_TARGET) > 0) {
            violations.add(field, "must be at most " + LONGEST_TARGET);
        }
    }

    private static void checkWarnings(List<Double> warnAt, Violations violations) {
        if (warnAt == null) {
            violations.add("warnAt", "is required");
            return;
        }
        if (warnAt.size() > MOST_WARNINGS) {
            violations.add("warnAt", "must have at most " + MOST_WARNINGS + " thresholds");
            return;
        }
        Double previous = null;
        for (int i = 0; i < warnAt.size(); i++) {
            Double fraction = warnAt.get(i);
            String field = "warnAt[" + i + "]";
            if (fraction == null || !(fraction > 0 && fraction < 1)) {
                violations.add(field, "must be a fraction of the target strictly between 0 and 1, e.g. 0.75");
            } else if (previous != null && fraction <= previous) {
                violations.add(field, "must be larger than the threshold before it (" + previous + ")");
            }
            if (fraction != null) {
                previous = fraction;
            }
        }
    }
}
