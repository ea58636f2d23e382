package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.policies.Priority;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a breach of a ticket of each priority is escalated: the levels asked for, in a fixed order,
 * or none, and how long after the breach (none: at once). A priority without a rule, or a ticket
 * whose priority is not known, is not escalated. Configured as
 * {@code helpdesk.sla.escalation.<priority>} and {@code helpdesk.sla.escalation-delay.<priority>}
 * (decisions D30).
 */
public final class EscalationRules {

    /** No breach is escalated. */
    public static final EscalationRules NONE = new EscalationRules(Map.of());

    private final Map<Priority, List<EscalationLevel>> levels = new EnumMap<>(Priority.class);
    private final Map<Priority, Duration> delays = new EnumMap<>(Priority.class);

    /** Rules that escalate at the breach. */
    public EscalationRules(Map<Priority, List<EscalationLevel>> byPriority) {
        this(byPriority, Map.of());
    }

    /**
     * @param delays how long after the breach a priority's escalation is requested; a priority
     *     left out is escalated at the breach. A negative delay is refused.
     */
    public EscalationRules(Map<Priority, List<EscalationLevel>> byPriority, Map<Priority, Duration> delays) {
        delays.forEach((priority, delay) -> {
            if (delay != null && delay.isNegative()) {
                throw new IllegalArgumentException("the escalation delay of " + priority
                        + " is negative: " + delay);
            }
            if (delay != null && !delay.isZero()) {
                this.delays.put(priority, delay);
            }
        });
        byPriority.forEach((priority, asked) -> {
            List<EscalationLevel> ordered = asked == null ? List.of()
                    : List.of(EscalationLevel.values()).stream().filter(asked::contains).toList();
            if (!ordered.isEmpty()) {
                levels.put(priority, ordered);
            }
        });
    }

    /** DESIGN.md section 4: on a breach, functional and hierarchical escalation, whatever the priority. */
    public static EscalationRules defaults() {
        List<EscalationLevel> both = List.of(EscalationLevel.FUNCTIONAL, EscalationLevel.HIERARCHICAL);
        Map<Priority, List<EscalationLevel>> rules = new EnumMap<>(Priority.class);
        for (Priority priority : Priority.values()) {
            rules.put(priority, both);
        }
        return new EscalationRules(rules);
    }

    /** What a breach of a ticket of this priority asks for; empty for none. */
    public List<EscalationLevel> levelsFor(Priority priority) {
        return priority == null ? List.of() : levels.getOrDefault(priority, List.of());
    }

    /** How long after a breach of a ticket of this priority escalating falls due; zero for at once. */
    public Duration delayFor(Priority priority) {
        return priority == null ? Duration.ZERO : delays.getOrDefault(priority, Duration.ZERO);
    }

    @Override
    public String toString() {
        return levels + (delays.isEmpty() ? "" : " after " + delays);
    }
}
