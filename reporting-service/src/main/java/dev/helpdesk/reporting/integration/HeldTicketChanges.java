package dev.helpdesk.reporting.integration;

import dev.helpdesk.reporting.query.TicketChange;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A rebuild's events held back per ticket until the ticket has gone quiet, so that each ticket is
 * written once with all its events instead of once for every batch its events fall into (D107).
 * A ticket's events come within days of each other (a closure follows its resolution by a week),
 * while a batch of records spans only so many days of tickets; on the embedded MongoDB-wire server
 * a write costs as much as dozens of events.
 *
 * <p>The ticket touched least recently is the one released first: the topics hold events in time
 * order, so it is the one quiet for longest. A ticket that gets an event after its release is
 * written again, with that event added to what is stored: slower, never wrong.
 */
final class HeldTicketChanges {

    /** Tickets in the order they were last touched, the least recent first. */
    private final LinkedHashMap<String, List<TicketChange>> byTicket = new LinkedHashMap<>(16, 0.75f, true);
    private int held;

    void add(TicketChange change) {
        byTicket.computeIfAbsent(change.ticketId(), ticket -> new ArrayList<>()).add(change);
        held++;
    }

    /** Events held, over all tickets. */
    int size() {
        return held;
    }

    /**
     * Releases the tickets touched least recently, whole, until at least {@code atLeast} events are
     * released or none are held; each ticket's events in the order they came.
     */
    List<TicketChange> releaseQuietest(int atLeast) {
        List<TicketChange> released = new ArrayList<>(Math.min(atLeast, held));
        Iterator<Map.Entry<String, List<TicketChange>>> quietest = byTicket.entrySet().iterator();
        while (released.size() < atLeast && quietest.hasNext()) {
            List<TicketChange> changes = quietest.next().getValue();
            released.addAll(changes);
            held -= changes.size();
            quietest.remove();
        }
        return released;
    }
}
