package dev.helpdesk.ticket.query;

import dev.helpdesk.ticket.api.TicketCommentAdded;
import dev.helpdesk.ticket.api.TicketEventNames;
import dev.helpdesk.ticket.api.Visibility;
import dev.helpdesk.ticket.config.MessageMetadata;
import dev.helpdesk.ticket.memory.LeastRecentlyUsed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Reads a ticket straight from its event stream: always current right after a command (no
 * projection lag), the same events give the same ticket every time, and the ticket as it was at
 * any past instant is the fold of the events up to that instant.
 *
 * <p>The current ticket is the fold of all its events, so the last fold of recently read tickets
 * is kept in memory and only the events after it are read and applied. Events are never changed
 * or removed, so the result is exactly the fold from the first event, without a stored copy that
 * could drift; a ticket with a thousand events reads as fast as a new one.
 */
@Component
public class TicketTimeline {

    private final EventStore events;
    private final Map<UUID, TicketView> recent;

    public TicketTimeline(EventStore events,
            @Value("${helpdesk.tickets.remembered-views:2000}") int rememberedViews) {
        this.events = events;
        this.recent = new LeastRecentlyUsed<>(rememberedViews);
    }

    public Optional<TicketView> current(UUID ticketId) {
        TicketView known;
        synchronized (recent) {
            known = recent.get(ticketId);
        }
        TicketViewBuilder builder = known == null ? new TicketViewBuilder() : TicketViewBuilder.resuming(known);
        events.readEvents(ticketId.toString(), known == null ? 0 : known.version()).forEachRemaining(builder::apply);
        if (builder.isEmpty()) {
            return Optional.empty();
        }
        TicketView now = builder.build();
        synchronized (recent) {
            TicketView remembered = recent.get(ticketId);
            if (remembered == null || remembered.version() < now.version()) {
                recent.put(ticketId, now);
            }
        }
        return Optional.of(now);
    }

    /**
     * The ticket as it was at {@code instant} (inclusive), or empty if it did not exist yet;
     * always folded from the first event.
     */
    public Optional<TicketView> asOf(UUID ticketId, Instant instant) {
        if (instant == null) {
            return current(ticketId);
        }
        TicketViewBuilder builder = new TicketViewBuilder();
        for (DomainEventMessage<?> message : stream(ticketId)) {
            if (message.getTimestamp().isAfter(instant)) {
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
