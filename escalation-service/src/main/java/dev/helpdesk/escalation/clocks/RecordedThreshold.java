package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.policies.Priority;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

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
 */
public record RecordedThreshold(long sequence, TargetKind target, Threshold threshold, Instant reachedAt,
        Instant dueAt, Duration remaining, String policyId, Priority priority) implements QueuedSlaEvent {

    public RecordedThreshold {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(reachedAt, "reachedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("a recorded threshold's sequence starts at 1: " + sequence);
        }
    }

    public boolean isBreach() {
        return threshold.isBreach();
    }

    /** The same threshold numbered {@code next}. */
    RecordedThreshold numbered(long next) {
        return next == sequence ? this
                : new RecordedThreshold(next, target, threshold, reachedAt, dueAt, remaining, policyId, priority);
    }

    /** The escalation this breach asks for under {@code rules}; empty when they escalate nothing. */
    Optional<Escalation> escalation(EscalationRules rules) {
        List<EscalationLevel> levels = rules.levelsFor(priority);
        if (!isBreach() || levels.isEmpty()) {
            return Optional.empty();
        }
        Duration delay = rules.delayFor(priority);
        return Optional.of(new Escalation(target, levels, reachedAt, reachedAt.plus(delay), false, policyId,
                priority));
    }
}
