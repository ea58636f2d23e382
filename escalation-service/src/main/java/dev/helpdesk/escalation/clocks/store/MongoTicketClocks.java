package dev.helpdesk.escalation.clocks.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import dev.helpdesk.escalation.clocks.TicketClock;
import dev.helpdesk.escalation.clocks.TicketClockStore;
import java.time.Clock;
import java.util.Date;
import java.util.Optional;
import org.bson.Document;

/**
 * The clocks in {@code sla_clocks}, one document per ticket ({@code _id} the ticket id). A write
 * replaces the document only where {@code _id} and {@code version} are still what the writer read:
 * a single-document atomic update, which the embedded MongoDB-wire server (no transactions)
 * serves like a real replica set.
 */
public final class MongoTicketClocks implements TicketClockStore {

    static final String COLLECTION = "sla_clocks";

    private final MongoCollection<Document> clocks;
    private final Clock clock;

    public MongoTicketClocks(MongoDatabase database, Clock clock) {
        this.clocks = database.getCollection(COLLECTION);
        this.clock = clock;
    }

    /** The timers of the next slice ask for {@code nextDue <= now}. Creating an existing index is a no-op. */
    public void createIndexes() {
        clocks.createIndex(Indexes.ascending(ClockMapping.NEXT_DUE));
    }

    @Override
    public Optional<Stored> find(String ticketId) {
        return Optional.ofNullable(clocks.find(Filters.eq(ClockMapping.ID, ticketId)).first())
                .map(document -> new Stored(ClockMapping.fromDocument(document),
                        document.getLong(ClockMapping.VERSION)));
    }

    @Override
    public boolean insert(TicketClock ticketClock) {
        try {
            clocks.insertOne(versioned(ticketClock, 1));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public boolean replace(TicketClock ticketClock, long expectedVersion) {
        return clocks.replaceOne(Filters.and(Filters.eq(ClockMapping.ID, ticketClock.ticketId()),
                        Filters.eq(ClockMapping.VERSION, expectedVersion)),
                versioned(ticketClock, expectedVersion + 1)).getMatchedCount() == 1;
    }

    private Document versioned(TicketClock ticketClock, long version) {
        return ClockMapping.toDocument(ticketClock)
                .append(ClockMapping.VERSION, version)
                .append(ClockMapping.UPDATED_AT, Date.from(clock.instant()));
    }
}
