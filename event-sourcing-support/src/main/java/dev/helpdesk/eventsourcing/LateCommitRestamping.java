package dev.helpdesk.eventsourcing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.set;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.UpdateOneModel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.Serializer;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's tracking ({@link SharedWindowTracking}) with one guard against losing events (D113).
 * Tracking processors read the store by the events' timestamps, which are taken when an aggregate
 * applies the event, not when the store commits it. A processor that has already read
 * events stamped later than an event's timestamp plus the look-back window never looks that far
 * back again, so an event whose write took longer than the window was stored but never tracked:
 * never published, never projected. A database stalled by its collector or a failover can delay a
 * write by that much.
 *
 * <p>So after every append, if it returned later than the events' timestamps plus half the window,
 * the events are stamped anew with the current time. A processor reads an event only after its
 * commit, and every event is stamped before its commit, so until a write returns no processor can
 * have read an event stamped later than that; a write that returns less than half the window after
 * its stamp leaves every processor within reach of it (the other half is margin for the clocks of
 * several instances). A processor that did read an event under its old stamp may read it once
 * more: delivery is at least once anyway, and every handler recognises a repeat.
 */
public final class LateCommitRestamping extends SharedWindowTracking {

    private static final Logger log = LoggerFactory.getLogger(LateCommitRestamping.class);
    /** Each restamp is a write that could be late too; a store that slow for this long is down. */
    private static final int MOST_RESTAMPS = 10;

    private final Duration latest;
    private final Clock clock;
    private final Counter restamped;

    public LateCommitRestamping(EventEntryConfiguration entries, Duration lookBack, Duration linger, Clock clock,
            MeterRegistry meters) {
        super(entries, lookBack, linger);
        this.latest = lookBack.dividedBy(2);
        this.clock = clock;
        this.restamped = meters.counter("helpdesk.events.restamped");
    }

    @Override
    public void appendEvents(MongoCollection<Document> eventCollection, List<? extends EventMessage<?>> events,
            Serializer serializer) {
        super.appendEvents(eventCollection, events, serializer);
        Instant stamped = events.stream().map(EventMessage::getTimestamp).min(Instant::compareTo).orElse(null);
        if (stamped == null || !lateAfter(stamped)) {
            return;
        }
        List<String> ids = events.stream().map(EventMessage::getIdentifier).toList();
        restamped.increment(ids.size());
        for (int restamp = 1; restamp <= MOST_RESTAMPS; restamp++) {
            Instant now = clock.instant();
            log.warn("{} event(s) took {} ms from their timestamp to their commit, more than half the tracking"
                    + " look-back window; stamped anew at {} so tracking processors read them: {}",
                    ids.size(), Duration.between(stamped, now).toMillis(), now, ids);
            eventCollection.bulkWrite(restamps(events, formatInstant(now)));
            stamped = now;
            if (!lateAfter(stamped)) {
                return;
            }
        }
        log.error("{} event(s) are still stamped too late to be tracked after {} restamps: {}", ids.size(),
                MOST_RESTAMPS, ids);
    }

    /**
     * One update per event, found by aggregate and sequence number as Axon stores every event (an
     * event without an aggregate under its own id): the store's unique index, where a look-up by
     * event id would read the whole collection.
     */
    private List<UpdateOneModel<Document>> restamps(List<? extends EventMessage<?>> events, String timestamp) {
        EventEntryConfiguration entries = eventConfiguration();
        return events.stream()
                .map(event -> new UpdateOneModel<Document>(whereStored(event),
                        set(entries.timestampProperty(), timestamp)))
                .toList();
    }

    private Bson whereStored(EventMessage<?> event) {
        EventEntryConfiguration entries = eventConfiguration();
        if (event instanceof DomainEventMessage<?> domainEvent) {
            return and(eq(entries.aggregateIdentifierProperty(), domainEvent.getAggregateIdentifier()),
                    eq(entries.sequenceNumberProperty(), domainEvent.getSequenceNumber()));
        }
        return and(eq(entries.aggregateIdentifierProperty(), event.getIdentifier()),
                eq(entries.sequenceNumberProperty(), 0L));
    }

    private boolean lateAfter(Instant stamped) {
        return Duration.between(stamped, clock.instant()).compareTo(latest) > 0;
    }
}
