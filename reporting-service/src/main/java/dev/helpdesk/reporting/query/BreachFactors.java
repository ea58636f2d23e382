package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a ticket's history says about an SLA breach: the ticket as it stood at the breach (its
 * events before that moment, folded like any ticket) and which of the known factors had happened
 * by then. The events name no reason for lateness, so these are circumstances, not proven causes:
 *
 * <ul>
 *   <li>{@code UNASSIGNED}: no agent had the ticket at the breach (never assigned, or back in a
 *       queue after a functional escalation);</li>
 *   <li>{@code REASSIGNED}: it had been in more than one group or with more than one agent;</li>
 *   <li>{@code ESCALATED}: it had been escalated, by hand or on an earlier SLA request;</li>
 *   <li>{@code PENDED}: it had been pending (the SLA clock pauses then, so pending time itself did
 *       not use up the target, but the ticket waited on someone);</li>
 *   <li>{@code REOPENED}: it had been resolved and reopened;</li>
 *   <li>{@code PRIORITY_CHANGED}: its priority had changed, which moves the targets.</li>
 * </ul>
 */
public final class BreachFactors {

    public static final List<String> ALL = List.of("UNASSIGNED", "REASSIGNED", "ESCALATED", "PENDED", "REOPENED",
            "PRIORITY_CHANGED");
    /** The {@link SlaBreaches#byFactor()} key of breaches with none of {@link #ALL}. */
    public static final String NONE_RECORDED = "NONE_RECORDED";

    private BreachFactors() {
    }

    /** The ticket as its events before {@code moment} left it (SLA thresholds and status left out). */
    static TicketFacts before(TicketHistory history, Instant moment) {
        SortedMap<Long, TicketEvent> earlier = new TreeMap<>();
        history.events().forEach((sequence, event) -> {
            if (event.at() != null && event.at().isBefore(moment)) {
                earlier.put(sequence, event);
            }
        });
        return TicketFolding.fold(new TicketHistory(history.ticketId(), earlier, Map.of(),
                earlier.isEmpty() ? 0 : earlier.lastKey(), null, null));
    }

    /**
     * The factors of {@link #ALL} that had happened before {@code moment}, in that order.
     *
     * @param then the ticket at that moment, from {@link #before}
     */
    static List<String> of(TicketHistory history, TicketFacts then, Instant moment) {
        boolean priorityChanged = history.events().values().stream().anyMatch(event -> event.at() != null
                && event.at().isBefore(moment) && event.kind() == TicketEvent.Kind.PRIORITY_CHANGED);
        List<String> factors = new ArrayList<>();
        if (then.assigneeId() == null) {
            factors.add("UNASSIGNED");
        }
        if (then.reassigned()) {
            factors.add("REASSIGNED");
        }
        if (!then.escalatedTimes().isEmpty()) {
            factors.add("ESCALATED");
        }
        if (then.pended()) {
            factors.add("PENDED");
        }
        if (then.reopenCount() > 0) {
            factors.add("REOPENED");
        }
        if (priorityChanged) {
            factors.add("PRIORITY_CHANGED");
        }
        return factors;
    }
}
