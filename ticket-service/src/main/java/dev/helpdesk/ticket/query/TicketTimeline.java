package dev.helpdesk.ticket.query;

import dev.helpdesk.ticket.api.TicketEventNames;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.config.MessageMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * Reads a ticket straight from its event stream: always current right after a command (no
 * projection lag), and the same events give the same ticket every time.
 */
@Component
public class TicketTimeline {

    private final EventStore events;

    public TicketTimeline(EventStore events) {
        this.events = events;
    }

    public Optional<TicketView> current(UUID ticketId) {
        TicketView view = null;
        for (DomainEventMessage<?> message : stream(ticketId)) {
            view = apply(view, message);
        }
        return Optional.ofNullable(view);
    }

    public List<HistoryEntry> history(UUID ticketId) {
        List<HistoryEntry> entries = new ArrayList<>();
        for (DomainEventMessage<?> message : stream(ticketId)) {
            entries.add(new HistoryEntry(message.getSequenceNumber() + 1, message.getIdentifier(),
                    TicketEventNames.of(message.getPayloadType()), message.getTimestamp(),
                    (String) message.getMetaData().get(MessageMetadata.ACTOR_ID), message.getPayload()));
        }
        return entries;
    }

    private List<DomainEventMessage<?>> stream(UUID ticketId) {
        List<DomainEventMessage<?>> messages = new ArrayList<>();
        events.readEvents(ticketId.toString()).forEachRemaining(messages::add);
        return messages;
    }

    private static TicketView apply(TicketView view, DomainEventMessage<?> message) {
        long version = message.getSequenceNumber() + 1;
        if (message.getPayload() instanceof TicketOpened opened) {
            return new TicketView(opened.ticketId(), opened.number(), opened.type(), TicketStatus.NEW,
                    opened.subject(), opened.description(), opened.requesterId(), opened.channel(),
                    opened.category(), opened.impact(), opened.urgency(), opened.priority(), null, null,
                    opened.tags(), List.of(), List.of(), null, message.getTimestamp(), message.getTimestamp(),
                    null, null, null, version);
        }
        throw new IllegalStateException("Ticket " + (view == null ? "?" : view.id())
                + " has an event this reader does not know: " + message.getPayloadType().getName());
    }
}
