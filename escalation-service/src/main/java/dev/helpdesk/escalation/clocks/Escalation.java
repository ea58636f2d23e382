package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.policies.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A breached target that its priority's rule escalates: which target, how, when it was breached,
 * and when the request is (or was) sent. A rule with a delay leaves the escalation waiting until
 * {@code requestAt}; a rule without one requests it at the breach (D30).
 *
 * @param levels    never empty: a breach that its rule does not escalate leaves no escalation
 * @param at        the breach's instant
 * @param requestAt when the request falls due: {@code at} plus the rule's delay
 * @param requested whether the request was queued; a waiting one is not yet an active escalation
 * @param policyId  the policy whose target was breached, as it stood at the breach; null when not known
 * @param priority  the ticket's priority at the breach; null when not known
 */
public record Escalation(TargetKind target, List<EscalationLevel> levels, Instant at, Instant requestAt,
        boolean requested, String policyId, Priority priority) {

    public Escalation {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(requestAt, "requestAt");
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an escalation does something: no levels given");
        }
        if (requestAt.isBefore(at)) {
            throw new IllegalArgumentException("an escalation is requested at its breach or later: " + requestAt
                    + " before " + at);
        }
    }

    /** An escalation requested at its breach. */
    public Escalation(TargetKind target, List<EscalationLevel> levels, Instant at) {
        this(target, levels, at, at, true, null, null);
    }

    /** The same escalation, its request queued. */
    Escalation asRequested() {
        return new Escalation(target, levels, at, requestAt, true, policyId, priority);
    }
}
