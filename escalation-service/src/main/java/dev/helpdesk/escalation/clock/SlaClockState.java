package dev.helpdesk.escalation.clock;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Everything an {@link SlaClock} holds except its calendar, as plain values: what a store writes
 * and reads back, so that a restored clock equals the one that was stored and goes on exactly as
 * it would have. The calendar travels beside it (the clock must keep counting with the calendar
 * it was given, not with one edited since).
 *
 * @param targets the targets in force for running targets (a stopped one keeps its own)
 * @param pending the ticket is pending: nothing counts
 * @param finished closed or cancelled: nothing changes any more
 * @param lastChangeAt the instant of the last transition; earlier instants count as this one
 */
public record SlaClockState(SlaTargets targets, TargetState firstResponse, TargetState resolution, boolean pending,
        boolean finished, Instant lastChangeAt) {

    public SlaClockState {
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolution, "resolution");
        Objects.requireNonNull(lastChangeAt, "lastChangeAt");
    }

    /**
     * One target as stored.
     *
     * @param elapsedBefore business time of the stretches already closed
     * @param stretchStart when the open stretch began; {@code null} while not counting
     * @param met {@code true} kept, {@code false} missed, {@code null} not decided
     * @param reached the thresholds recorded so far, in the order they were reached
     */
    public record TargetState(Duration target, List<Threshold> warnAt, Duration elapsedBefore, Instant stretchStart,
            boolean stopped, Boolean met, List<ReachedThreshold> reached) {

        public TargetState {
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(elapsedBefore, "elapsedBefore");
            warnAt = List.copyOf(warnAt);
            reached = List.copyOf(reached);
        }

        static TargetState of(TargetClock clock) {
            return new TargetState(clock.target(), clock.warnAt(), clock.elapsedBefore(), clock.stretchStart(),
                    clock.stopped(), clock.met(), clock.reached());
        }

        TargetClock toClock(TargetKind kind) {
            return new TargetClock(kind, target, warnAt, elapsedBefore, stretchStart, stopped, met, reached);
        }
    }
}
