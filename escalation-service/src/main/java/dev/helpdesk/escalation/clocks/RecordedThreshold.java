package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.policies.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A warning or breach that one write of a ticket's clock recorded, with what a subscriber needs to
 * know about it, as it stood when it was reached: the write queues it for publishing, and it is
 * published as it was queued, however the clock changed since.
 *
 * @param sequence  its position among every threshold this ticket's clock has reached, from 1, in
 *                  the order they were reached; never changes, so a resend carries the same one
 * @param reachedAt the exact instant the threshold was reached
 * @param dueAt     when the target fell or falls due, as it stood at {@code reachedAt}; null while
 *                  the clock was paused then
 * @param remaining the target's business time left at {@code reachedAt} (zero or less for a
 *                  breach); null when not known
 * @param policyId  the policy whose target it is; null when not known
 * @param priority  the ticket's priority then; null when not known
 * @param escalate  empty for a warning or breach; for the escalation request that follows a breach
 *                  (same target, threshold, instant and context, the next sequence), what its rule
 *                  asks for (decisions D30)
 */
public record RecordedThreshold(long sequence, TargetKind target, Threshold threshold, Instant reachedAt,
        Instant dueAt, Duration remaining, String policyId, Priority priority, List<EscalationLevel> escalate)
        implements QueuedSlaEvent {

    public RecordedThreshold {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(reachedAt, "reachedAt");
        escalate = escalate == null ? List.of() : List.copyOf(escalate);
        if (sequence < 1) {
            throw new IllegalArgumentException("a recorded threshold's sequence starts at 1: " + sequence);
        }
        if (!escalate.isEmpty() && !threshold.isBreach()) {
            throw new IllegalArgumentException("only a breach is escalated, not " + threshold);
        }
    }

    /** A warning or breach. */
    public RecordedThreshold(long sequence, TargetKind target, Threshold threshold, Instant reachedAt, Instant dueAt,
            Duration remaining, String policyId, Priority priority) {
        this(sequence, target, threshold, reachedAt, dueAt, remaining, policyId, priority, List.of());
    }

    public boolean isBreach() {
        return threshold.isBreach() && escalate.isEmpty();
    }

    /** The escalation request that follows this breach. */
    public boolean isEscalation() {
        return !escalate.isEmpty();
    }

    /** The escalation request of this breach, numbered {@code next}. */
    RecordedThreshold escalating(long next, List<EscalationLevel> levels) {
        if (!isBreach()) {
            throw new IllegalStateException("only a breach is escalated, not " + this);
        }
        return new RecordedThreshold(next, target, threshold, reachedAt, dueAt, remaining, policyId, priority, levels);
    }
}
