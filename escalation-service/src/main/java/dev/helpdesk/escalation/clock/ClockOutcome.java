package dev.helpdesk.escalation.clock;

import java.time.Instant;

/**
 * What a transition of an {@link SlaClock} found had happened, in the order it happened: the raw
 * material of the service's domain events ({@code helpdesk.sla.warning.v1},
 * {@code helpdesk.sla.breached.v1}, compliance figures). Each is reported once per target: a
 * second firing of the same timer reports nothing.
 */
public sealed interface ClockOutcome {

    TargetKind kind();

    /** When it happened (not when it was noticed: a timer that fires late still reports its own instant). */
    Instant at();

    /** The target's elapsed business time reached {@code threshold} of it. */
    record WarningReached(TargetKind kind, Threshold threshold, Instant at) implements ClockOutcome {
    }

    /** The target's elapsed business time reached the target itself: from now on it is late. */
    record Breached(TargetKind kind, Instant at) implements ClockOutcome {
    }

    /** The target stopped before its breach: the promise was kept. */
    record TargetMet(TargetKind kind, Instant at) implements ClockOutcome {
    }
}
