package dev.helpdesk.escalation.clock;

import java.time.Instant;
import java.util.Comparator;

/** A threshold still to be reached by a running target, and the instant it will be reached. */
public record SlaTimer(TargetKind kind, Threshold threshold, Instant dueAt) {

    /** Earliest first; at the same instant first response before resolution, warnings before the breach. */
    static final Comparator<SlaTimer> IN_FIRING_ORDER = Comparator.comparing(SlaTimer::dueAt)
            .thenComparing(SlaTimer::kind)
            .thenComparing(SlaTimer::threshold);
}
