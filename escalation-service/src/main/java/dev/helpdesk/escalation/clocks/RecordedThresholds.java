package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.ReachedThreshold;
import dev.helpdesk.escalation.clock.SlaClock;
import dev.helpdesk.escalation.clock.SlaClockState;
import dev.helpdesk.escalation.clock.SlaTimer;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.TargetStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The warnings and breaches one write records: those reached in the clock after it and not before,
 * in the order they were reached (first response before resolution, warnings before the breach,
 * at the same instant). Whoever writes (a timer, a ticket event whose transition first recorded
 * what was due) queues these for publishing in the same write.
 *
 * <p>Each is described as the target stood when it was reached. A threshold that the clock before
 * the write would have reached on its own timer (a timer, or the catching-up every transition
 * does first) is judged by that clock, its policy and the ticket's priority then; one the
 * transition itself made reached (a retarget or reopen whose elapsed time already exceeds it) by
 * the clock after it, at the transition's instant.
 */
final class RecordedThresholds {

    /** A threshold reached in the clock after the write and not before. */
    private record Newly(TargetKind kind, ReachedThreshold reached) {
    }

    private static final Comparator<Newly> IN_ORDER = Comparator.comparing((Newly newly) -> newly.reached().at())
            .thenComparing(Newly::kind)
            .thenComparing(newly -> newly.reached().threshold());

    private RecordedThresholds() {
    }

    /**
     * What one write of a ticket's clock records, and the clock to write: {@code after} with the
     * escalations its newly recorded breaches ask for (each breach the rule of the ticket's priority
     * escalates, once per target). One without a delay is requested in this write, queued right
     * after its breach with the next sequence; one with a delay waits on the clock until its
     * request falls due ({@link TicketClock#requestDueEscalations}).
     */
    record Recording(TicketClock clock, List<QueuedSlaEvent> queued) {
    }

    static Recording between(TicketClock before, TicketClock after, EscalationRules rules) {
        List<QueuedSlaEvent> queued = new ArrayList<>();
        TicketClock clock = after;
        long next = queuedBefore(before) + 1;
        for (RecordedThreshold recorded : between(before, after, next)) {
            // numbered again: an escalation queued before a threshold of this write moves it on by one
            RecordedThreshold threshold = recorded.numbered(next);
            queued.add(threshold);
            next++;
            Optional<Escalation> asked = threshold.escalation(rules);
            if (asked.isEmpty() || clock.hasEscalated(threshold.target())) {
                continue;
            }
            Escalation escalation = asked.get();
            if (escalation.requestAt().equals(escalation.at())) {
                clock = clock.withEscalation(escalation.asRequested());
                queued.add(EscalationRequest.of(next, escalation));
                next++;
            } else {
                clock = clock.withEscalation(escalation);
            }
        }
        return new Recording(clock, queued);
    }

    /** Every SLA event the clock queued so far: reached thresholds, escalations, follow-ups and stops. */
    static long queuedBefore(TicketClock clock) {
        return count(clock.clock()) + clock.escalations().stream().filter(Escalation::requested).count()
                + clock.followUps().queued() + clock.stopsQueued();
    }

    /** The warnings and breaches alone, numbered from {@code first}. */
    private static List<RecordedThreshold> between(TicketClock before, TicketClock after, long first) {
        List<Newly> newly = new ArrayList<>();
        for (TargetKind kind : TargetKind.values()) {
            List<ReachedThreshold> earlier = reached(before.clock(), kind);
            for (ReachedThreshold reached : reached(after.clock(), kind)) {
                if (earlier.stream().noneMatch(old -> old.threshold().equals(reached.threshold()))) {
                    newly.add(new Newly(kind, reached));
                }
            }
        }
        newly.sort(IN_ORDER);
        // numbered after everything the clock had queued before: reached thresholds are never withdrawn
        List<RecordedThreshold> recorded = new ArrayList<>();
        for (int i = 0; i < newly.size(); i++) {
            recorded.add(described(first + i, newly.get(i), before, after));
        }
        return recorded;
    }

    private static RecordedThreshold described(long sequence, Newly newly, TicketClock before, TicketClock after) {
        ReachedThreshold reached = newly.reached();
        TicketClock judge = onItsOwnTimer(before, newly.kind(), reached) ? before : after;
        TargetStatus then = judge.clock().status(newly.kind(), reached.at());
        // a breach is due at the instant it is reached, also when a retarget found the target overdue
        return new RecordedThreshold(sequence, newly.kind(), reached.threshold(), reached.at(),
                reached.threshold().isBreach() ? reached.at() : then.dueAt(), then.remaining(), judge.policyId(),
                judge.details().priority());
    }

    private static boolean onItsOwnTimer(TicketClock before, TargetKind kind, ReachedThreshold reached) {
        return before.clock() != null
                && before.clock().timers().contains(new SlaTimer(kind, reached.threshold(), reached.at()));
    }

    private static long count(SlaClock clock) {
        return clock == null ? 0
                : clock.state().firstResponse().reached().size() + clock.state().resolution().reached().size();
    }

    private static List<ReachedThreshold> reached(SlaClock clock, TargetKind kind) {
        if (clock == null) {
            return List.of();
        }
        SlaClockState state = clock.state();
        return (kind == TargetKind.FIRST_RESPONSE ? state.firstResponse() : state.resolution()).reached();
    }
}
