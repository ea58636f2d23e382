package dev.helpdesk.ticket.integration;

import dev.helpdesk.ticket.api.TicketStates;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.memory.LeastRecentlyUsed;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the publisher a ticket's status after each event (docs/decisions.md, D12). Most events
 * set the status themselves; a comment, a link, an update, a re-rating or a satisfaction rating
 * keeps the one before, which their payloads do not carry.
 *
 * <p>The status before an event is a pure function of the ticket's earlier events, so it is
 * taken from a small memory of "ticket → status after sequence n", filled as the publisher goes,
 * but only when that entry is for exactly the previous event ({@code n = sequence - 1}). Anything
 * else (a restart, a reset processor replaying old events, a segment that moved between
 * instances, an entry evicted) folds the ticket's stream from the event store up to the event
 * instead: always correct, and needed only for the first status-keeping event of a ticket after
 * such a gap. Nothing is written anywhere, so there is no second store to keep consistent.
 */
@Component
class TicketStatusTracker {

    private final EventStore events;
    private final Map<String, StatusAfter> recent;
    private final Counter rebuilds;

    TicketStatusTracker(EventStore events, MeterRegistry meters,
            @Value("${helpdesk.kafka.publisher.remembered-tickets:10000}") int rememberedTickets) {
        this.events = events;
        this.recent = new LeastRecentlyUsed<>(rememberedTickets);
        this.rebuilds = Counter.builder("helpdesk.events.publish.status.rebuilds")
                .description("Statuses the Kafka publisher rebuilt from a ticket's event stream")
                .register(meters);
    }

    /** The status of the event's ticket right after the event. */
    TicketStatus statusAfter(DomainEventMessage<?> message) {
        Object event = message.getPayload();
        TicketStatus setByTheEvent = TicketStates.after(event, null);
        if (setByTheEvent != null) {
            return setByTheEvent; // no need to know the status before
        }
        return TicketStates.after(event, statusBefore(message));
    }

    /**
     * Called once the event is sent, so the ticket's next event finds its predecessor here. The
     * entry is right even if the send then fails: a status depends on the events only, and a
     * batch sent again computes the same statuses.
     */
    synchronized void published(DomainEventMessage<?> message, TicketStatus status) {
        recent.put(message.getAggregateIdentifier(), new StatusAfter(message.getSequenceNumber(), status));
    }

    private TicketStatus statusBefore(DomainEventMessage<?> message) {
        StatusAfter remembered;
        synchronized (this) {
            remembered = recent.get(message.getAggregateIdentifier());
        }
        if (remembered != null && remembered.sequence() == message.getSequenceNumber() - 1) {
            return remembered.status();
        }
        return rebuildBefore(message.getAggregateIdentifier(), message.getSequenceNumber());
    }

    /** Folds the ticket's events before {@code sequence}; read from sequence 0, never from a snapshot. */
    private TicketStatus rebuildBefore(String ticketId, long sequence) {
        rebuilds.increment();
        TicketStatus status = null;
        DomainEventStream stream = events.readEvents(ticketId, 0);
        while (stream.hasNext()) {
            DomainEventMessage<?> earlier = stream.next();
            if (earlier.getSequenceNumber() >= sequence) {
                break;
            }
            status = TicketStates.after(earlier.getPayload(), status);
        }
        if (status == null) {
            throw new IllegalStateException("Ticket " + ticketId + " has no status before its event " + sequence
                    + ": its stream does not start with the opening event");
        }
        return status;
    }

    /** Axon's sequence (from 0) of the ticket's event and the status right after it. */
    private record StatusAfter(long sequence, TicketStatus status) {
    }
}
