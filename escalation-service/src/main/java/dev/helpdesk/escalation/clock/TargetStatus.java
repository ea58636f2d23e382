package dev.helpdesk.escalation.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One target as the SLA status shows it at some instant.
 *
 * @param dueAt when the target falls due; {@code null} while paused or stopped
 * @param remaining the target minus the elapsed time: negative once overdue, by how much
 * @param paused counting is suspended (the ticket is pending) and will go on on resume
 * @param stopped the target no longer counts: met, missed, or ended by closing or cancelling
 * @param met {@code true} kept, {@code false} missed, {@code null} not decided
 * @param breachedAt when the target was breached; {@code null} if it has not been
 * @param warnings the warnings reached, in order
 */
public record TargetStatus(TargetKind kind, Duration target, Instant dueAt, Duration elapsed, Duration remaining,
        boolean paused, boolean stopped, Boolean met, boolean breached, Instant breachedAt,
        List<ReachedThreshold> warnings) {

    public TargetStatus {
        warnings = List.copyOf(warnings);
    }
}
