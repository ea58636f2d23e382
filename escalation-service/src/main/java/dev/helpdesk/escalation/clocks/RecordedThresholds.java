package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.ClockOutcome;
import dev.helpdesk.escalation.clock.ReachedThreshold;
import dev.helpdesk.escalation.clock.SlaClock;
import dev.helpdesk.escalation.clock.SlaClockState;
import dev.helpdesk.escalation.clock.TargetKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The warnings and breaches one write records: those reached in the clock after it and not before,
 * in the order they were reached (first response before resolution, warnings before the breach,
 * at the same instant). Whoever writes (a timer, a ticket event whose transition first recorded
 * what was due) queues these for publishing in the same write.
 */
final class RecordedThresholds {

    private static final Comparator<ClockOutcome> IN_ORDER = Comparator.comparing(ClockOutcome::at)
            .thenComparing(ClockOutcome::kind)
            .thenComparing(outcome -> outcome instanceof ClockOutcome.Breached ? 1 : 0);

    private RecordedThresholds() {
    }

    static List<ClockOutcome> between(TicketClock before, TicketClock after) {
        List<ClockOutcome> recorded = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            List<ReachedThreshold> earlier = reached(before.clock(), kind);
            for (ReachedThreshold reached : reached(after.clock(), kind)) {
                if (earlier.stream().noneMatch(old -> old.threshold().equals(reached.threshold()))) {
                    recorded.add(reached.threshold().isBreach()
                            ? new ClockOutcome.Breached(kind, reached.at())
                            : new ClockOutcome.WarningReached(kind, reached.threshold(), reached.at()));
                }
            }
        }
        recorded.sort(IN_ORDER);
        return recorded;
    }

    private static List<ReachedThreshold> reached(SlaClock clock, TargetKind kind) {
        if (clock == null) {
            return List.of();
        }
        SlaClockState state = clock.state();
        return (kind == TargetKind.FIRST_RESPONSE ? state.firstResponse() : state.resolution()).reached();
    }
}
