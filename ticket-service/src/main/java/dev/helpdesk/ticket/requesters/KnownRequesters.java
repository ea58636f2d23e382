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
 * that a redelivered or late event never undoes a newer one; and the ids of their assets
 * ({@code assets}, D89), a set that only grows, so any order of delivery gives the same set.
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

    /** Whether the events named the asset as the requester's; false also when they have not told of it yet. */
    boolean hasAsset(String customerId, String assetId) {
        return requesters.countDocuments(Filters.and(Filters.eq("_id", customerId), Filters.eq("assets", assetId))) > 0;
    }

    /**
     * Adds the asset to a requester the events told of; one they have not (their registration went
     * to the dead-letter topic) is not made up here, and a ticket naming the asset asks the customer
     * service instead. Every customer's events share one partition, so the registration comes first.
     *
     * @return whether the asset was new here: false for a redelivered event or an unknown requester
     */
    boolean recordAsset(String customerId, String assetId) {
        return requesters.updateOne(Filters.eq("_id", customerId), Updates.addToSet("assets", assetId))
                .getModifiedCount() > 0;
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
