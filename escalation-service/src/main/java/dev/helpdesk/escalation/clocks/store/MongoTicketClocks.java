package dev.helpdesk.escalation.clocks.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import dev.helpdesk.escalation.clocks.TicketClock;
import dev.helpdesk.escalation.clocks.TicketClockStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The clocks in {@code sla_clocks}, one document per ticket ({@code _id} the ticket id). A write
 * replaces the document only where {@code _id} and {@code version} are still what the writer read:
 * a single-document atomic update, which the embedded MongoDB-wire server (no transactions)
 * serves like a real replica set. The same update appends the warnings and breaches it recorded
 * to {@code unpublished} and flags the clock for the publisher ({@link MongoPublishingQueue},
 * decisions D28).
 */
public final class MongoTicketClocks implements TicketClockStore {

    static final String COLLECTION = "sla_clocks";

    private final MongoCollection<Document> clocks;
    private final Clock clock;

    public MongoTicketClocks(MongoDatabase database, Clock clock) {
        this.clocks = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** The timers ask for {@code nextDue <= now}. Creating an existing index is a no-op. */
    public void createIndexes() {
        clocks.createIndex(Indexes.ascending(ClockMapping.NEXT_DUE));
        clocks.createIndex(Indexes.ascending(ClockMapping.ESCALATION_ACTIVE));
        clocks.createIndex(Indexes.ascending(ClockMapping.REQUESTER_ID, ClockMapping.ID));
    }

    /** A scan in {@code _id} order; clocks without an SLA clock count as finished (nothing to recompute). */
    @Override
    public List<String> openAfter(String afterTicketId, int limit) {
        return ticketIds(Filters.and(Filters.gt(ClockMapping.ID, afterTicketId), Filters.eq("clock.finished", false)),
                ClockMapping.ID, limit);
    }

    /** Through the requester's index, in {@code _id} order. */
    @Override
    public List<String> openOf(String requesterId, String afterTicketId, int limit) {
        return ticketIds(Filters.and(Filters.eq(ClockMapping.REQUESTER_ID, requesterId),
                Filters.gt(ClockMapping.ID, afterTicketId), Filters.eq("clock.finished", false)), ClockMapping.ID,
                limit);
    }

    private List<String> ticketIds(Bson filter, String sortedBy, int limit) {
        List<String> ids = new ArrayList<>();
        clocks.find(filter)
                .sort(Sorts.ascending(sortedBy))
                .limit(limit)
                .projection(Projections.include(ClockMapping.ID))
                .forEach(document -> ids.add(document.getString(ClockMapping.ID)));
        return ids;
    }

    /** Through the {@code escalationActive} index; the longest escalated first, then by ticket. */
    @Override
    public Escalated activeEscalations(int page, int size) {
        Bson active = Filters.eq(ClockMapping.ESCALATION_ACTIVE, true);
        List<TicketClock> found = new ArrayList<>();
        clocks.find(active)
                .sort(Sorts.ascending(ClockMapping.ESCALATED_AT, ClockMapping.ID))
                .skip(page * size)
                .limit(size)
                .forEach(document -> found.add(ClockMapping.fromDocument(document)));
        return new Escalated(found, clocks.countDocuments(active));
    }

    @Override
    public Optional<Stored> find(String ticketId) {
        return Optional.ofNullable(clocks.find(Filters.eq(ClockMapping.ID, ticketId)).first())
                .map(document -> new Stored(ClockMapping.fromDocument(document),
                        document.getLong(ClockMapping.VERSION)));
    }

    /**
     * Through the {@code nextDue} index: {@code nextDue} is the due instant rounded up to the
     * millisecond and {@code now} is truncated to it, so a clock is found only once its threshold
     * is reached. Clocks without a due instant have none stored and never match.
     */
    @Override
    public List<String> dueBy(Instant now, int limit) {
        return ticketIds(Filters.lte(ClockMapping.NEXT_DUE, Date.from(now)), ClockMapping.NEXT_DUE, limit);
    }

    @Override
    public boolean insert(TicketClock ticketClock) {
        try {
            // a new clock has reached nothing yet, so has nothing to publish
            clocks.insertOne(versioned(ticketClock, 1).append(ClockMapping.PUBLISH_PENDING, false));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Sets every field of the clock (so {@code unpublished}, which is not the clock's, stays) and
     * appends what this write recorded to {@code unpublished}, flagging it for the publisher: one
     * atomic update of one document.
     */
    @Override
    public boolean replace(TicketClock ticketClock, long expectedVersion, List<? extends QueuedSlaEvent> recorded) {
        List<Bson> updates = new ArrayList<>();
        versioned(ticketClock, expectedVersion + 1).forEach((field, value) -> {
            if (!ClockMapping.ID.equals(field)) {
                updates.add(Updates.set(field, value));
            }
        });
        if (!recorded.isEmpty()) {
            updates.add(Updates.pushEach(ClockMapping.UNPUBLISHED,
                    recorded.stream().map(ClockMapping::unpublished).toList()));
            updates.add(Updates.set(ClockMapping.PUBLISH_PENDING, true));
        }
        return clocks.updateOne(Filters.and(Filters.eq(ClockMapping.ID, ticketClock.ticketId()),
                        Filters.eq(ClockMapping.VERSION, expectedVersion)),
                Updates.combine(updates)).getMatchedCount() == 1;
    }

    private Document versioned(TicketClock ticketClock, long version) {
        return ClockMapping.toDocument(ticketClock)
                .append(ClockMapping.VERSION, version)
                .append(ClockMapping.UPDATED_AT, Date.from(clock.instant()));
    }
}
