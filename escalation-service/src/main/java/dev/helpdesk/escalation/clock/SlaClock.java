package dev.helpdesk.escalation.clock;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The SLA clock of one ticket: a first-response and a resolution target, each counting business
 * time of the policy's calendar while the ticket is worked, paused while it is pending.
 *
 * <p>An immutable value: every transition answers a {@link ClockChange} with the next clock and
 * what happened. Each takes the instant the ticket event happened, never "now", so a lagging or
 * replayed event gives the same result. An instant earlier than the clock's last transition is
 * taken as that transition's instant (clocks of different services may disagree a little;
 * time must never be counted twice).
 *
 * <p>Rules:
 * <ul>
 * <li>A threshold (warning or breach) is reached at the instant the elapsed business time
 *     reaches its share of the target; the breach, at 100 %, is the due instant. A target
 *     stopped <em>before</em> its due instant is met; stopped at or after it, it is missed.
 * <li>Every transition first records the thresholds reached by its instant that no timer has
 *     recorded yet, at the instants they were reached. So a threshold is never lost because
 *     the ticket changed before its timer fired, and a stop decides met or missed consistently
 *     with the breach.
 * <li>Each threshold is recorded at most once per target, whoever notices it first: a timer,
 *     a second timer for the same instant, or a ticket event. Recorded thresholds stay
 *     recorded, also across a retarget: history is not rewritten.
 * <li>A breached target keeps counting until it stops (it is late, and by how much matters).
 * <li>Resolving counts as the first response if none was given: the requester is told the
 *     resolution, and a quick fix resolved within minutes must not count as a response breach.
 * <li>Closing or cancelling stops whatever still counts without an outcome (met stays
 *     {@code null}); breaches already reached stay.
 * <li>A retarget keeps the elapsed time; thresholds the elapsed time already exceeds under the
 *     new target are reached at the retarget's instant. A stopped target keeps its target and
 *     outcome, except that a reopened resolution counts against the targets then in force.
 * </ul>
 */
public final class SlaClock {

    private final BusinessCalendar calendar;
    private final SlaTargets targets;
    private final TargetClock firstResponse;
    private final TargetClock resolution;
    private final boolean pending;
    private final boolean finished;
    private final Instant lastChangeAt;

    private SlaClock(BusinessCalendar calendar, SlaTargets targets, TargetClock firstResponse, TargetClock resolution,
            boolean pending, boolean finished, Instant lastChangeAt) {
        this.calendar = calendar;
        this.targets = targets;
        this.firstResponse = firstResponse;
        this.resolution = resolution;
        this.pending = pending;
        this.finished = finished;
        this.lastChangeAt = lastChangeAt;
    }

    /** A ticket was opened: both targets count from {@code openedAt}. */
    public static SlaClock started(Instant openedAt, SlaTargets targets, BusinessCalendar calendar) {
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(targets, "targets");
        Objects.requireNonNull(calendar, "calendar");
        return new SlaClock(calendar, targets, TargetClock.startedAt(openedAt, TargetKind.FIRST_RESPONSE, targets),
                TargetClock.startedAt(openedAt, TargetKind.RESOLUTION, targets), false, false, openedAt);
    }

    /** A clock as it was stored: {@code restored(clock.state(), clock.calendar())} equals {@code clock}. */
    public static SlaClock restored(SlaClockState state, BusinessCalendar calendar) {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(calendar, "calendar");
        return new SlaClock(calendar, state.targets(), state.firstResponse().toClock(TargetKind.FIRST_RESPONSE),
                state.resolution().toClock(TargetKind.RESOLUTION), state.pending(), state.finished(),
                state.lastChangeAt());
    }

    /** Everything but the calendar, for a store; see {@link #restored}. */
    public SlaClockState state() {
        return new SlaClockState(targets, SlaClockState.TargetState.of(firstResponse),
                SlaClockState.TargetState.of(resolution), pending, finished, lastChangeAt);
    }

    // Transitions driven by ticket events.

    /** The first public agent reply: the first-response target stops. Later replies change nothing. */
    public ClockChange firstResponded(Instant at) {
        if (finished || firstResponse.stopped()) {
            return ClockChange.unchanged(this);
        }
        Instant when = notBefore(at);
        return fireDue(when).then(clock -> clock.stopping(when, TargetKind.FIRST_RESPONSE));
    }

    /** The ticket became pending: nothing counts until it is resumed. */
    public ClockChange paused(Instant at) {
        if (finished || pending) {
            return ClockChange.unchanged(this);
        }
        Instant when = notBefore(at);
        return fireDue(when).then(clock -> ClockChange.to(new SlaClock(clock.calendar, clock.targets,
                clock.firstResponse.pausedAt(when, clock.calendar), clock.resolution.pausedAt(when, clock.calendar),
                true, false, when), List.of()));
    }

    /** The ticket is no longer pending: the targets not stopped count again from {@code at}. */
    public ClockChange resumed(Instant at) {
        if (finished || !pending) {
            return ClockChange.unchanged(this);
        }
        Instant when = notBefore(at);
        return ClockChange.to(new SlaClock(calendar, targets, firstResponse.resumedAt(when),
                resolution.resumedAt(when), false, false, when), List.of());
    }

    /** The ticket was resolved: the resolution target stops, and the first response with it if still open. */
    public ClockChange resolved(Instant at) {
        if (finished || resolution.stopped()) {
            return ClockChange.unchanged(this);
        }
        Instant when = notBefore(at);
        return fireDue(when)
                .then(clock -> clock.stopping(when, TargetKind.FIRST_RESPONSE))
                .then(clock -> clock.stopping(when, TargetKind.RESOLUTION))
                .then(clock -> ClockChange.to(clock.noLongerPending(), List.of()));
    }

    /** The ticket was reopened: the resolution target counts again, continuing its elapsed time. */
    public ClockChange reopened(Instant at) {
        if (finished || !resolution.stopped()) {
            return ClockChange.unchanged(this);
        }
        Instant when = notBefore(at);
        SlaClock reopened = new SlaClock(calendar, targets, firstResponse, resolution.reopenedAt(when, targets),
                false, false, when);
        return ClockChange.to(reopened, List.of()).then(clock -> clock.reachingExceeded(when));
    }

    /** The ticket was closed: nothing counts any more, and nothing changes the clock again. */
    public ClockChange closed(Instant at) {
        return finishing(at);
    }

    /** The ticket was cancelled: what still counts stops without an outcome, for good. */
    public ClockChange cancelled(Instant at) {
        return finishing(at);
    }

    /**
     * Another policy applies, or the policy was edited: the elapsed time is kept and the due
     * instants follow the new targets and calendar from {@code at} on.
     */
    public ClockChange retargeted(Instant at, SlaTargets newTargets, BusinessCalendar newCalendar) {
        Objects.requireNonNull(newTargets, "newTargets");
        Objects.requireNonNull(newCalendar, "newCalendar");
        if (finished || (targets.equals(newTargets) && calendar.equals(newCalendar))) {
            return ClockChange.unchanged(this);
        }
        Instant when = notBefore(at);
        return fireDue(when)
                .then(clock -> ClockChange.to(new SlaClock(newCalendar, newTargets,
                        clock.retargetedIfOpen(clock.firstResponse, when, newTargets),
                        clock.retargetedIfOpen(clock.resolution, when, newTargets),
                        clock.pending, false, when), List.of()))
                .then(clock -> clock.reachingExceeded(when));
    }

    // Transitions driven by timers: idempotent, and a timer that fires for nothing changes nothing.

    /** Records every threshold due by {@code now}, in the order they were reached. */
    public ClockChange fireDue(Instant now) {
        List<SlaTimer> due = timersDueBy(now);
        SlaClock clock = this;
        List<ClockOutcome> outcomes = new ArrayList<>();
        for (SlaTimer timer : due) {
            clock = clock.recording(timer.kind(), timer.threshold(), timer.dueAt());
            outcomes.add(reachedOutcome(timer.kind(), timer.threshold(), timer.dueAt()));
        }
        return due.isEmpty() ? ClockChange.unchanged(this) : ClockChange.to(clock, outcomes);
    }

    /** Records one warning if it is due by {@code at} and not recorded yet. */
    public ClockChange warningReached(TargetKind kind, Threshold warning, Instant at) {
        return reaching(kind, warning, at);
    }

    /** Records the breach of one target if it is due by {@code at} and not recorded yet. */
    public ClockChange breached(TargetKind kind, Instant at) {
        return reaching(kind, Threshold.BREACH, at);
    }

    // Questions.

    /** The target as it stands at {@code now}, counting any threshold due by then as reached. */
    public TargetStatus status(TargetKind kind, Instant now) {
        SlaClock current = fireDue(now).clock();
        TargetClock target = current.target(kind);
        Duration elapsed = target.elapsed(now, current.calendar);
        List<ReachedThreshold> warnings = target.reached().stream()
                .filter(reached -> !reached.threshold().isBreach()).toList();
        Optional<Instant> breachedAt = target.reachedAt(Threshold.BREACH);
        return new TargetStatus(kind, target.target(), target.dueAt(current.calendar).orElse(null), elapsed,
                target.target().minus(elapsed), target.paused(), target.stopped(), target.met(),
                breachedAt.isPresent(), breachedAt.orElse(null), warnings);
    }

    /** The thresholds still to be reached by the targets counting now, earliest first. */
    public List<SlaTimer> timers() {
        return Stream.concat(firstResponse.timers(calendar).stream(), resolution.timers(calendar).stream())
                .sorted(SlaTimer.IN_FIRING_ORDER)
                .toList();
    }

    /** The timers due by {@code now} (a service that was down sees every one it missed), in order. */
    public List<SlaTimer> timersDueBy(Instant now) {
        return timers().stream().filter(timer -> !timer.dueAt().isAfter(now)).toList();
    }

    /** When the next timer fires; empty when none can (paused, stopped, or everything reached). */
    public Optional<Instant> nextDue() {
        return timers().stream().findFirst().map(SlaTimer::dueAt);
    }

    public boolean isPaused() {
        return pending;
    }

    /** Closed or cancelled: no transition changes this clock any more. */
    public boolean isFinished() {
        return finished;
    }

    public SlaTargets targets() {
        return targets;
    }

    public BusinessCalendar calendar() {
        return calendar;
    }

    // Steps.

    private ClockChange stopping(Instant at, TargetKind kind) {
        TargetClock target = target(kind);
        if (target.stopped()) {
            return ClockChange.unchanged(this);
        }
        TargetClock stopped = target.stoppedAt(at, calendar, true);
        List<ClockOutcome> outcomes = Boolean.TRUE.equals(stopped.met())
                ? List.of(new ClockOutcome.TargetMet(kind, at))
                : List.of();
        return ClockChange.to(with(stopped, at), outcomes);
    }

    private ClockChange finishing(Instant at) {
        if (finished) {
            return ClockChange.unchanged(this);
        }
        Instant when = notBefore(at);
        return fireDue(when).then(clock -> ClockChange.to(new SlaClock(clock.calendar, clock.targets,
                clock.endedWithoutOutcome(clock.firstResponse, when), clock.endedWithoutOutcome(clock.resolution, when),
                false, true, when), List.of()));
    }

    /** A resolved ticket is not pending, whatever it was before. */
    private SlaClock noLongerPending() {
        return new SlaClock(calendar, targets, firstResponse, resolution, false, finished, lastChangeAt);
    }

    private TargetClock endedWithoutOutcome(TargetClock target, Instant at) {
        return target.stopped() ? target : target.stoppedAt(at, calendar, false);
    }

    private TargetClock retargetedIfOpen(TargetClock target, Instant at, SlaTargets newTargets) {
        return target.stopped() ? target : target.retargetedAt(at, calendar, newTargets);
    }

    /** Records, as reached at {@code at}, what the open targets' elapsed time already exceeds. */
    private ClockChange reachingExceeded(Instant at) {
        SlaClock clock = this;
        List<ClockOutcome> outcomes = new ArrayList<>();
        for (TargetClock target : List.of(firstResponse, resolution)) {
            if (target.stopped()) {
                continue;
            }
            for (Threshold threshold : target.unrecordedWithin(target.elapsed(at, calendar))) {
                clock = clock.recording(target.kind(), threshold, at);
                outcomes.add(reachedOutcome(target.kind(), threshold, at));
            }
        }
        return outcomes.isEmpty() ? ClockChange.unchanged(this) : ClockChange.to(clock, outcomes);
    }

    private ClockChange reaching(TargetKind kind, Threshold threshold, Instant at) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(threshold, "threshold");
        return timersDueBy(at).stream()
                .filter(timer -> timer.kind() == kind && timer.threshold().equals(threshold))
                .findFirst()
                .map(timer -> ClockChange.to(recording(kind, threshold, timer.dueAt()),
                        List.of(reachedOutcome(kind, threshold, timer.dueAt()))))
                .orElseGet(() -> ClockChange.unchanged(this));
    }

    private SlaClock recording(TargetKind kind, Threshold threshold, Instant at) {
        return with(target(kind).recorded(threshold, at), lastChangeAt);
    }

    private static ClockOutcome reachedOutcome(TargetKind kind, Threshold threshold, Instant at) {
        return threshold.isBreach()
                ? new ClockOutcome.Breached(kind, at)
                : new ClockOutcome.WarningReached(kind, threshold, at);
    }

    private SlaClock with(TargetClock changed, Instant changedAt) {
        return changed.kind() == TargetKind.FIRST_RESPONSE
                ? new SlaClock(calendar, targets, changed, resolution, pending, finished, changedAt)
                : new SlaClock(calendar, targets, firstResponse, changed, pending, finished, changedAt);
    }

    private TargetClock target(TargetKind kind) {
        return switch (Objects.requireNonNull(kind, "kind")) {
            case FIRST_RESPONSE -> firstResponse;
            case RESOLUTION -> resolution;
        };
    }

    private Instant notBefore(Instant at) {
        Objects.requireNonNull(at, "at");
        return at.isBefore(lastChangeAt) ? lastChangeAt : at;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SlaClock that
                && pending == that.pending && finished == that.finished
                && calendar.equals(that.calendar) && targets.equals(that.targets)
                && firstResponse.equals(that.firstResponse) && resolution.equals(that.resolution)
                && lastChangeAt.equals(that.lastChangeAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(calendar, targets, firstResponse, resolution, pending, finished, lastChangeAt);
    }

    @Override
    public String toString() {
        return "SlaClock[" + firstResponse + ", " + resolution + ", pending=" + pending + ", finished=" + finished
                + "]";
    }
}
