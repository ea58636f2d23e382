package dev.helpdesk.ticket.query;

import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.ticket.api.TicketCommentAdded;
import dev.helpdesk.ticket.api.TicketEventNames;
import dev.helpdesk.ticket.api.Visibility;
import dev.helpdesk.ticket.memory.LeastRecentlyUsed;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
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
 *
 * <p>The events this instance stores reach it in the storing thread, before the command that
 * caused them returns (the {@code ticket-timeline} group is a subscribing processor), and are
 * folded into the kept view at once. So the answer to a command is the kept view, without reading
 * back from the store the events just written.
 */
@Component
@ProcessingGroup(TicketTimeline.PROCESSING_GROUP)
public class TicketTimeline {

    static final String PROCESSING_GROUP = "ticket-timeline";
    private static final String TICKET_AGGREGATE = "Ticket";

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
     * The ticket right after a command of this instance changed it: the kept view, which already
     * holds that command's events (see {@link #remember}); read from the store only when no view
     * is kept.
     */
    public Optional<TicketView> afterOwnCommand(UUID ticketId) {
        synchronized (recent) {
            TicketView known = recent.get(ticketId);
            if (known != null) {
                return Optional.of(known);
            }
        }
        return current(ticketId);
    }

    /**
     * Folds an event this instance has just stored into the kept view of its ticket, if the view
     * is exactly one event behind; any other kept view is forgotten, to be read again from the
     * store. Never throws: the event is stored already, and a failure here must not fail the
     * command that stored it.
     */
    @EventHandler
    void remember(EventMessage<?> event) {
        if (!(event instanceof DomainEventMessage<?> stored) || !TICKET_AGGREGATE.equals(stored.getType())) {
            return;
        }
        UUID ticketId = UUID.fromString(stored.getAggregateIdentifier());
        synchronized (recent) {
            TicketView known = recent.get(ticketId);
            try {
                if (stored.getSequenceNumber() == 0) {
                    recent.put(ticketId, fold(new TicketViewBuilder(), stored));
                } else if (known != null && known.version() == stored.getSequenceNumber()) {
                    recent.put(ticketId, fold(TicketViewBuilder.resuming(known), stored));
                } else {
                    recent.remove(ticketId);
                }
            } catch (RuntimeException unfoldable) {
                recent.remove(ticketId);
            }
        }
    }

    /**
     * The event's time as a read from the store returns it: the store keeps milliseconds (Axon's
     * timestamp format), the event in memory has the clock's nanoseconds.
     */
    private static TicketView fold(TicketViewBuilder builder, DomainEventMessage<?> event) {
        builder.apply(event, event.getTimestamp().truncatedTo(ChronoUnit.MILLIS));
        return builder.build();
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
