package dev.helpdesk.eventsourcing;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.nin;
import static com.mongodb.client.model.Sorts.ascending;
import static org.axonframework.common.DateTimeUtils.formatInstant;

import com.mongodb.client.FindIterable;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Iterator;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.axonframework.serialization.SerializedObject;
import org.bson.Document;

/**
 * One document per event, as Axon's strategy stores them, read by tracking processors as Axon's
 * strategy reads them (by timestamp, looking back a window and skipping the ids already read in
 * it), but with tokens that share the window's record instead of copying it per event
 * ({@link SharedWindowToken}, D115).
 */
public class SharedWindowTracking extends DocumentPerEventStorageStrategy {

    private final EventEntryConfiguration entries;
    private final Duration lookBack;

    public SharedWindowTracking(EventEntryConfiguration entries, Duration lookBack) {
        super(entries, lookBack);
        this.entries = entries;
        this.lookBack = lookBack;
    }

    @Override
    public List<? extends TrackedEventData<?>> findTrackedEvents(MongoCollection<Document> eventCollection,
            TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof MongoTrackingToken)) {
            throw new IllegalArgumentException("Not a Mongo tracking token: " + lastToken);
        }
        MongoTrackingToken token = (MongoTrackingToken) lastToken;
        FindIterable<Document> found = token == null ? eventCollection.find()
                : eventCollection.find(and(
                        gte(entries.timestampProperty(), formatInstant(token.getTimestamp().minus(lookBack))),
                        nin(entries.eventIdentifierProperty(), token.getKnownEventIds())));
        found = found.sort(ascending(entries.timestampProperty(), entries.sequenceNumberProperty()))
                .batchSize(batchSize);
        List<TrackedEventData<?>> tracked = new ArrayList<>();
        long lookBackMillis = lookBack.toMillis();
        try (MongoCursor<Document> documents = found.iterator()) {
            while (tracked.size() < batchSize && documents.hasNext()) {
                for (Iterator<? extends DomainEventData<?>> events = extractEvents(documents.next()).iterator();
                        events.hasNext(); ) {
                    DomainEventData<?> event = events.next();
                    // A restamped event (D113) may come back while its id is still in the window.
                    if (token == null || !token.getKnownEventIds().contains(event.getEventIdentifier())) {
                        token = SharedWindowToken.after(token, event.getEventIdentifier(), event.getTimestamp(),
                                lookBackMillis);
                        tracked.add(new Tracked<>(event, token));
                    }
                }
            }
        }
        return tracked;
    }

    /** An event as read, with the token of a processor that has read up to and including it. */
    private record Tracked<T>(DomainEventData<T> event, TrackingToken trackingToken)
            implements DomainEventData<T>, TrackedEventData<T> {

        @Override
        public String getType() {
            return event.getType();
        }

        @Override
        public String getAggregateIdentifier() {
            return event.getAggregateIdentifier();
        }

        @Override
        public long getSequenceNumber() {
            return event.getSequenceNumber();
        }

        @Override
        public String getEventIdentifier() {
            return event.getEventIdentifier();
        }

        @Override
        public Instant getTimestamp() {
            return event.getTimestamp();
        }

        @Override
        public SerializedObject<T> getMetaData() {
            return event.getMetaData();
        }

        @Override
        public SerializedObject<T> getPayload() {
            return event.getPayload();
        }
    }
}
