package dev.helpdesk.ticket.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers which ticket an {@code Idempotency-Key} created, per caller, so that a client's retry
 * gets the first result instead of a second ticket, also across restarts. The key is reserved
 * with an insert (the unique {@code _id} lets one request win, without transactions) before the
 * ticket is opened, with the ticket id the winner will use; a retry finds the reservation and
 * the ticket. Keys expire after {@code helpdesk.tickets.idempotency-key-ttl} (default 24 h).
 */
@Component
public class IdempotencyKeys {

    static final String COLLECTION = "idempotency_keys";

    private final MongoCollection<Document> keys;

    public IdempotencyKeys(MongoDatabase ticketDatabase,
            @Value("${helpdesk.tickets.idempotency-key-ttl:24h}") Duration timeToLive) {
        this.keys = ticketDatabase.getCollection(COLLECTION);
        keys.createIndex(Indexes.ascending("createdAt"),
                new IndexOptions().expireAfter(timeToLive.toSeconds(), TimeUnit.SECONDS));
    }

    /**
     * Reserves {@code key} of {@code callerId} for a new ticket, or returns the reservation an
     * earlier request with the same key made.
     *
     * @param requestFingerprint a digest of the request, to tell a retry from a different request
     */
    public Reservation reserve(String callerId, String key, String requestFingerprint) {
        String id = callerId + "\n" + key;
        UUID ticketId = UUID.randomUUID();
        try {
            keys.insertOne(new Document("_id", id).append("ticketId", ticketId.toString())
                    .append("fingerprint", requestFingerprint).append("createdAt", Date.from(Instant.now())));
            return new Reservation(ticketId, true, true);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document earlier = Optional.ofNullable(keys.find(Filters.eq("_id", id)).first())
                .orElseThrow(() -> new IllegalStateException("Idempotency key vanished while read: " + key));
        return new Reservation(UUID.fromString(earlier.getString("ticketId")), false,
                requestFingerprint.equals(earlier.getString("fingerprint")));
    }

    /** Frees a key whose request was refused, so that a corrected retry may use it. */
    public void release(String callerId, String key) {
        keys.deleteOne(Filters.eq("_id", callerId + "\n" + key));
    }

    /**
     * @param first        whether this request made the reservation
     * @param sameRequest  whether the request matches the one that made it
     */
    public record Reservation(UUID ticketId, boolean first, boolean sameRequest) {
    }
}
