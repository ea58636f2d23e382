package dev.helpdesk.reporting.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the reports have received about one ticket, in a form that does not depend on the
 * order it arrived in: the counted events by their sequence, the SLA thresholds by their key,
 * and the newest sequence seen with its event's id and status. Every figure of the ticket is
 * derived from this ({@link TicketFolding}), so a duplicate changes nothing (its sequence or
 * key is already there) and a late event takes its place in the sequence as if it had come in
 * order.
 *
 * @param events       the events that change a figure, by sequence
 * @param sla          the SLA thresholds reached and the targets' newest stops, by {@link SlaEvent#key()}
 * @param lastSequence the highest sequence seen, of any event; 0 before the first
 * @param lastEventId  the id of that event, to trace a figure back to it
 * @param status       the status after that event: the ticket's status now
 */
public record TicketHistory(String ticketId, SortedMap<Long, TicketEvent> events, Map<String, SlaEvent> sla,
        long lastSequence, String lastEventId, String status) {

    public TicketHistory {
        Objects.requireNonNull(ticketId, "ticketId");
        events = Collections.unmodifiableSortedMap(new TreeMap<>(events));
        sla = Map.copyOf(sla);
    }

    public static TicketHistory empty(String ticketId) {
        return new TicketHistory(ticketId, new TreeMap<>(), Map.of(), 0, null, null);
    }

    /**
     * This history with the event added, or empty if it adds nothing: the same sequence was
     * kept before, or it is an event that only moves the status and a newer one decided that.
     */
    public Optional<TicketHistory> with(TicketEvent event) {
        boolean newest = event.sequence() > lastSequence;
        boolean kept = event.counts() && !events.containsKey(event.sequence());
        if (!newest && !kept) {
            return Optional.empty();
        }
        SortedMap<Long, TicketEvent> nextEvents = new TreeMap<>(events);
        if (kept) {
            nextEvents.put(event.sequence(), event);
        }
        return Optional.of(newest
                ? new TicketHistory(ticketId, nextEvents, sla, event.sequence(), event.eventId(), event.status())
                : new TicketHistory(ticketId, nextEvents, sla, lastSequence, lastEventId, status));
    }

    /**
     * This history with the threshold added, or empty if it was there already; a target's stop
     * replaces an older one of the same target, and an older or the same one changes nothing.
     */
    public Optional<TicketHistory> with(SlaEvent threshold) {
        SlaEvent kept = sla.get(threshold.key());
        if (kept != null && !threshold.supersedes(kept)) {
            return Optional.empty();
        }
        Map<String, SlaEvent> nextSla = new HashMap<>(sla);
        nextSla.put(threshold.key(), threshold);
        return Optional.of(new TicketHistory(ticketId, events, nextSla, lastSequence, lastEventId, status));
    }
}
