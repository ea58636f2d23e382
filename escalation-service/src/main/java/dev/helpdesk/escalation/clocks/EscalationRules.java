package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.policies.Priority;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How a breach of a ticket of each priority is escalated, at the breach: the levels asked for, in
 * a fixed order, or none. A priority without a rule, or a ticket whose priority is not known, is
 * not escalated. Configured as {@code helpdesk.sla.escalation.<priority>} (decisions D30).
 */
public final class EscalationRules {

    /** No breach is escalated. */
    public static final EscalationRules NONE = new EscalationRules(Map.of());

    private final Map<Priority, List<EscalationLevel>> levels = new EnumMap<>(Priority.class);

    public EscalationRules(Map<Priority, List<EscalationLevel>> byPriority) {
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

    @Override
    public String toString() {
        return levels.toString();
    }
}
