package dev.helpdesk.ticket.query;

import dev.helpdesk.ticket.api.TicketCommentAdded;
import dev.helpdesk.ticket.api.TicketEventNames;
import dev.helpdesk.ticket.api.Visibility;
import dev.helpdesk.ticket.config.MessageMetadata;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads a ticket straight from its event stream: always current right after a command (no
 * projection lag), the same events give the same ticket every time, and the ticket as it was at
 * any past instant is the fold of the events up to that instant.
 */
@Component
public class TicketTimeline {

    private final EventStore events;

    public TicketTimeline(EventStore events) {
        this.events = events;
    }

    public Optional<TicketView> current(UUID ticketId) {
        return asOf(ticketId, null);
    }

    /** The ticket as it was at {@code instant} (inclusive), or empty if it did not exist yet. */
    public Optional<TicketView> asOf(UUID ticketId, Instant instant) {
        TicketViewBuilder builder = new TicketViewBuilder();
        for (DomainEventMessage<?> message : stream(ticketId)) {
            if (instant != null && message.getTimestamp().isAfter(instant)) {
                break;
            }
            builder.apply(message);
        }
        return builder.isEmpty() ? Optional.empty() : Optional.of(builder.build());
    }

    /** Every event, or for a customer every event but internal notes. */
    public List<HistoryEntry> history(UUID ticketId, boolean withInternalNotes) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (DomainEventMessage<?> message : stream(ticketId)) {
            if (!withInternalNotes && message.getPayload() instanceof TicketCommentAdded comment
                    && comment.visibility() == Visibility.INTERNAL) {
                continue;
            }
            entries.add(new HistoryEntry(message.getSequenceNumber() + 1, message.getIdentifier(),
                    TicketEventNames.of(message.getPayloadType()), message.getTimestamp(),
                    (String) message.getMetaData().get(MessageMetadata.ACTOR_ID), message.getPayload()));
        }
        return entries;
    }

    private List<DomainEventMessage<?>> stream(UUID ticketId) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        // from the first event, never from a snapshot: a reader needs every event, in order
        events.readEvents(ticketId.toString(), 0).forEachRemaining(messages::add);
        return messages;
    }
}
