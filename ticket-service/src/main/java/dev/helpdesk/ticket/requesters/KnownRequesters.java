package dev.helpdesk.ticket.requesters;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Optional;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The requesters the customer events told this service of (D43), in {@code requesters}: whether
 * each is active, and the customer event sequence that told it, written only over an older one so
 * that a redelivered or late event never undoes a newer one.
 */
@Component
class KnownRequesters {

    static final String COLLECTION = "requesters";

    private final MongoCollection<Document> requesters;

    KnownRequesters(MongoDatabase ticketDatabase) {
        this.requesters = ticketDatabase.getCollection(COLLECTION);
    }

    Optional<Boolean> active(String customerId) {
        return Optional.ofNullable(requesters.find(Filters.eq("_id", customerId)).first())
                .map(found -> found.getBoolean("active", true));
    }

    /** @return whether it was kept: false for a redelivered or outdated event */
    boolean record(String customerId, boolean active, long sequence) {
        try {
            requesters.updateOne(Filters.and(Filters.eq("_id", customerId), Filters.lt("sequence", sequence)),
                    Updates.combine(Updates.set("active", active), Updates.set("sequence", sequence)),
                    new UpdateOptions().upsert(true));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false; // the stored profile is as new or newer
            }
            throw e;
        }
    }
}
