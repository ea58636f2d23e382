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
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.MongoTrackingToken;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.DocumentPerEventStorageStrategy;
import org.axonframework.extensions.mongo.eventsourcing.eventstore.documentperevent.EventEntryConfiguration;
import org.bson.Document;

/**
 * One document per event, as Axon's strategy stores them, read by tracking processors as Axon's
 * strategy reads them (by timestamp, looking back a window and skipping the ids already read in
 * it), but with tokens that share the window's record instead of copying it per event
 * ({@link SharedWindowToken}, D115). A read that follows one which found little waits a moment, so
 * that under load each read brings a batch ({@link TrackingLinger}, D117).
 */
public class SharedWindowTracking extends DocumentPerEventStorageStrategy {

    private final Duration lookBack;
    private final TrackingLinger linger;

    public SharedWindowTracking(EventEntryConfiguration entries, Duration lookBack, Duration linger) {
        super(entries, lookBack);
        this.lookBack = lookBack;
        this.linger = new TrackingLinger(linger);
    }

    @Override
    public List<? extends TrackedEventData<?>> findTrackedEvents(MongoCollection<Document> eventCollection,
            TrackingToken lastToken, int batchSize) {
        if (lastToken != null && !(lastToken instanceof MongoTrackingToken)) {
            throw new IllegalArgumentException("Not a Mongo tracking token: " + lastToken);
        }
        long startedAt = linger.beforeRead();
        MongoTrackingToken token = (MongoTrackingToken) lastToken;
        EventEntryConfiguration entries = eventConfiguration();
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
                        tracked.add(new TrackedDomainEventData<>(token, event));
                    }
                }
            }
        }
        linger.afterRead(startedAt, tracked.size(), batchSize);
        return tracked;
    }
}
