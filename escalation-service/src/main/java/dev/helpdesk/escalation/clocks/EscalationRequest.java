package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.policies.Priority;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The request to escalate a breached target, queued for the ticket service (D30): what the rule of
 * the ticket's priority asks for, the breach it follows, and when it was asked for (the breach's
 * instant, or later by the priority's escalation delay).
 *
 * @param sequence    its position among the ticket's SLA events; never changes
 * @param breachedAt  the instant the target was breached
 * @param requestedAt the instant escalating fell due: {@code breachedAt} plus the delay
 * @param policyId    the policy whose target was breached; null when not known
 * @param priority    the ticket's priority at the breach; null when not known
 */
public record EscalationRequest(long sequence, TargetKind target, List<EscalationLevel> levels, Instant breachedAt,
        Instant requestedAt, String policyId, Priority priority) implements QueuedSlaEvent {

    public EscalationRequest {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(breachedAt, "breachedAt");
        Objects.requireNonNull(requestedAt, "requestedAt");
        levels = List.copyOf(levels);
        if (sequence < 1) {
            throw new IllegalArgumentException("an escalation request's sequence starts at 1: " + sequence);
        }
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("an escalation request asks for something: no levels given");
        }
    }

    /** The request of {@code escalation}, numbered {@code sequence}. */
    static EscalationRequest of(long sequence, Escalation escalation) {
        return new EscalationRequest(sequence, escalation.target(), escalation.levels(), escalation.at(),
                escalation.requestAt(), escalation.policyId(), escalation.priority());
    }
}
