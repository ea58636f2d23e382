package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.SlaClockState;
import dev.helpdesk.escalation.clock.SlaClockState.TargetState;
import dev.helpdesk.escalation.clock.TargetKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The targets one write stopped with an outcome (D97): running (or paused) in the clock before it,
 * stopped and kept or missed after it, as a first response or a resolution does. Closing or
 * cancelling stops a target without an outcome, which is no stop to report; a reopen lets the
 * resolution run again, so its next resolution is a stop again, with all the time used by then.
 */
final class TargetStops {

    private TargetStops() {
    }

    /** The stops, first response before resolution, numbered from {@code first}. */
    static List<TargetStopped> between(TicketClock before, TicketClock after, long first) {
        if (before.clock() == null || after.clock() == null) {
            return List.of();
        }
        SlaClockState was = before.clock().state();
        SlaClockState is = after.clock().state();
        List<TargetStopped> stops = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            TargetState old = of(was, kind);
            TargetState now = of(is, kind);
            if (old.stopped() || !now.stopped() || now.met() == null) {
                continue;
            }
            // the transition's instant as the clock took it (an earlier instant counts as the last change)
            Instant at = is.lastChangeAt();
            stops.add(new TargetStopped(first + stops.size(), kind, after.policyId(), after.calendarId(),
                    now.elapsedBefore(), Duration.between(after.openedAt(), at), now.met(), at));
        }
        return stops;
    }

    private static TargetState of(SlaClockState state, TargetKind kind) {
        return kind == TargetKind.FIRST_RESPONSE ? state.firstResponse() : state.resolution();
    }
}
