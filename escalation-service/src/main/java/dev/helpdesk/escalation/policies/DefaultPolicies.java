package dev.helpdesk.escalation.policies;

import dev.helpdesk.escalation.calendars.DefaultCalendars;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The policies the service starts with: DESIGN.md section 4's targets, one policy per priority,
 * and for VIP requesters one more per priority that carries the next stricter priority's
 * targets and calendar (a VIP's P3 is handled exactly like a P2). The VIP policies have two
 * conditions, so they outrank the plain ones for VIP tickets ({@link PolicyMatching}); P1 has
 * nothing stricter and needs no VIP policy.
 *
 * <p>Targets are amounts of the calendar's working time. On the business-hours calendar a day
 * is a working day of ten hours (08:00–18:00), so "3 days" is {@code PT30H}: three working days,
 * not 72 hours, which would be more than a working week.
 */
public final class DefaultPolicies {

    public static final String ID_PREFIX = "default-";
    private static final Duration WORKING_DAY = Duration.ofHours(10);

    private record Targets(Duration firstResponse, Duration resolution, String calendarId) {
    }

    private static final Map<Priority, Targets> TARGETS = new EnumMap<>(Map.of(
            Priority.P1, new Targets(Duration.ofMinutes(15), Duration.ofHours(4), DefaultCalendars.AROUND_THE_CLOCK),
            Priority.P2, new Targets(Duration.ofMinutes(30), Duration.ofHours(8), DefaultCalendars.AROUND_THE_CLOCK),
            Priority.P3, new Targets(Duration.ofHours(4), WORKING_DAY.multipliedBy(3), DefaultCalendars.BUSINESS_HOURS),
            Priority.P4, new Targets(Duration.ofHours(8), WORKING_DAY.multipliedBy(5), DefaultCalendars.BUSINESS_HOURS),
            Priority.P5, new Targets(WORKING_DAY.multipliedBy(2), WORKING_DAY.multipliedBy(10),
                    DefaultCalendars.BUSINESS_HOURS)));

    private DefaultPolicies() {
    }

    /** {@code default-p1} … {@code default-p5}, then {@code default-p2-vip} … {@code default-p5-vip}. */
    public static List<SlaPolicy> all() {
        List<SlaPolicy> policies = new ArrayList<>();
        for (Priority priority : Priority.values()) {
            policies.add(policy(idOf(priority, false), priority + " (default)",
                    PolicyConditions.forPriorities(priority), TARGETS.get(priority)));
        }
        for (Priority priority : Priority.values()) {
            priority.stricter().ifPresent(stricter -> policies.add(policy(idOf(priority, true),
                    priority + " for VIP customers (" + stricter + " targets)",
                    PolicyConditions.forPriorities(priority).withVip(true), TARGETS.get(stricter))));
        }
        return List.copyOf(policies);
    }

    public static String idOf(Priority priority, boolean vip) {
        return ID_PREFIX + priority.name().toLowerCase(Locale.ROOT) + (vip ? "-vip" : "");
    }

    private static SlaPolicy policy(String id, String name, PolicyConditions conditions, Targets targets) {
        return new SlaPolicy(id, name, conditions, targets.firstResponse(), targets.resolution(),
                targets.calendarId(), SlaPolicy.DEFAULT_WARN_AT);
    }
}
