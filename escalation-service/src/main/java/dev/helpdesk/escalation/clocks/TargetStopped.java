package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.TargetKind;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A target that stopped with an outcome, queued for publishing (D97): the first response given or
 * the ticket resolved, with the time the target used, so that reports can give business time
 * without the calendars. A reopened ticket's resolution counts on and, resolved again, stops again:
 * each stop is its own event, the later one with the higher sequence and the whole time used.
 *
 * @param sequence        its position among the ticket's SLA events; never changes
 * @param policyId        the policy in force when it stopped
 * @param calendarId      that policy's calendar, whose working time {@code businessElapsed} counts
 * @param businessElapsed the business time the target had used (pending time not counted)
 * @param wallElapsed     the wall-clock time from the ticket's opening to {@code stoppedAt}
 * @param met             stopped before its breach
 * @param stoppedAt       the instant of the first response or resolution
 */
public record TargetStopped(long sequence, TargetKind target, String policyId, String calendarId,
        Duration businessElapsed, Duration wallElapsed, boolean met, Instant stoppedAt) implements QueuedSlaEvent {

    public TargetStopped {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(businessElapsed, "businessElapsed");
        Objects.requireNonNull(wallElapsed, "wallElapsed");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        if (sequence < 1) {
            throw new IllegalArgumentException("a queued SLA event's sequence starts at 1: " + sequence);
        }
    }
}
