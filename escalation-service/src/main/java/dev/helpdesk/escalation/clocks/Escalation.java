package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.TargetKind;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A breached target that was escalated: which target, how, and when (the breach's instant).
 *
 * @param levels never empty: a breach that its rule does not escalate leaves no escalation
 */
public record Escalation(TargetKind target, List<EscalationLevel> levels, Instant at) {

    public Escalation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an escalation does something: no levels given");
        }
    }
}
