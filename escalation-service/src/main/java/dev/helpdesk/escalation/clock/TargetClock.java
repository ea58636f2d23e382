package dev.helpdesk.escalation.clock;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The state of one target: how much business time has been used, whether it is counting now,
 * whether it has stopped with an outcome, and which thresholds it has reached.
 *
 * <p>Elapsed time is kept in two parts: {@code elapsedBefore}, the business time of the stretches
 * already closed, as a plain duration; and the open stretch since {@code stretchStart}, measured
 * only when asked, with the calendar in force. So a changed calendar reshapes the future only,
 * never the time already counted.
 *
 * @param stretchStart when the open stretch began; {@code null} while not counting
 * @param met the outcome once stopped: {@code true} kept, {@code false} missed, {@code null} not
 *     decided (still open, or stopped without an outcome because the ticket was cancelled)
 * @param reached the thresholds reached so far, in the order they were reached
 */
record TargetClock(TargetKind kind, Duration target, List<Threshold> warnAt, Duration elapsedBefore,
        Instant stretchStart, boolean stopped, Boolean met, List<ReachedThreshold> reached) {

    TargetClock {
        warnAt = List.copyOf(warnAt);
        reached = List.copyOf(reached);
    }

    static TargetClock startedAt(Instant at, TargetKind kind, SlaTargets targets) {
        return new TargetClock(kind, targets.of(kind), targets.warnAt(), Duration.ZERO, at, false, null, List.of());
    }

    boolean counting() {
        return stretchStart != null;
    }

    boolean paused() {
        return !stopped && !counting();
    }

    Duration elapsed(Instant now, BusinessCalendar calendar) {
        return counting() ? elapsedBefore.plus(calendar.businessTimeBetween(stretchStart, now)) : elapsedBefore;
    }

    boolean hasReached(Threshold threshold) {
        return reachedAt(threshold).isPresent();
    }

    Optional<Instant> reachedAt(Threshold threshold) {
        return reached.stream().filter(r -> r.threshold().equals(threshold)).map(ReachedThreshold::at).findFirst();
    }

    /** The warnings, then the breach. */
    Stream<Threshold> thresholds() {
        return Stream.concat(warnAt.stream(), Stream.of(Threshold.BREACH));
    }

    /**
     * The thresholds still to be reached while counting, each at the instant the open stretch
     * will have added the business time missing to it. A threshold already covered by the closed
     * stretches (possible only right after a retarget or reopen) is due at once.
     */
    List<SlaTimer> timers(BusinessCalendar calendar) {
        if (!counting()) {
            return List.of();
        }
        return thresholds().filter(threshold -> !hasReached(threshold))
                .map(threshold -> new SlaTimer(kind, threshold, instantOf(threshold.of(target), calendar)))
                .toList();
    }

    /** When the target falls due while counting; for a target already over, when it was breached. */
    Optional<Instant> dueAt(BusinessCalendar calendar) {
        if (!counting()) {
            return Optional.empty();
        }
        if (target.compareTo(elapsedBefore) > 0) {
            return Optional.of(instantOf(target, calendar));
        }
        return Optional.of(reachedAt(Threshold.BREACH).orElse(stretchStart));
    }

    /** The thresholds that {@code elapsed} business time has reached and nobody has recorded yet. */
    List<Threshold> unrecordedWithin(Duration elapsed) {
        return thresholds().filter(threshold -> !hasReached(threshold))
                .filter(threshold -> threshold.of(target).compareTo(elapsed) <= 0)
                .toList();
    }

    TargetClock recorded(Threshold threshold, Instant at) {
        List<ReachedThreshold> all = new ArrayList<>(reached);
        all.add(new ReachedThreshold(threshold, at));
        return new TargetClock(kind, target, warnAt, elapsedBefore, stretchStart, stopped, met, all);
    }

    TargetClock pausedAt(Instant at, BusinessCalendar calendar) {
        if (!counting()) {
            return this;
        }
        return new TargetClock(kind, target, warnAt, elapsed(at, calendar), null, stopped, met, reached);
    }

    TargetClock resumedAt(Instant at) {
        if (stopped || counting()) {
            return this;
        }
        return new TargetClock(kind, target, warnAt, elapsedBefore, at, false, null, reached);
    }

    /**
     * Stops for good or until a reopen. With an outcome, the target is met unless its breach has
     * been reached: the caller records every threshold due by {@code at} first, so "not breached"
     * means the elapsed time is still short of the target.
     */
    TargetClock stoppedAt(Instant at, BusinessCalendar calendar, boolean withOutcome) {
        TargetClock halted = pausedAt(at, calendar);
        Boolean outcome = withOutcome ? !hasReached(Threshold.BREACH) : null;
        return new TargetClock(kind, target, warnAt, halted.elapsedBefore, null, true, outcome, reached);
    }

    /** Counts again from {@code at} against {@code targets}, keeping the elapsed time and what was reached. */
    TargetClock reopenedAt(Instant at, SlaTargets targets) {
        return new TargetClock(kind, targets.of(kind), targets.warnAt(), elapsedBefore, at, false, null, reached);
    }

    /**
     * Closes the open stretch at {@code at} with the old calendar and opens the next one there,
     * against the new target, to be measured with the new calendar.
     */
    TargetClock retargetedAt(Instant at, BusinessCalendar oldCalendar, SlaTargets targets) {
        Duration elapsed = elapsed(at, oldCalendar);
        return new TargetClock(kind, targets.of(kind), targets.warnAt(), elapsed, counting() ? at : null, stopped,
                met, reached);
    }

    private Instant instantOf(Duration amount, BusinessCalendar calendar) {
        return amount.compareTo(elapsedBefore) > 0
                ? calendar.dueAt(stretchStart, amount.minus(elapsedBefore))
                : stretchStart;
    }
}
