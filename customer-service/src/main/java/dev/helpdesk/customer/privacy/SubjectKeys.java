package dev.helpdesk.customer.privacy;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.Optional;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.bson.Document;
import org.bson.types.Binary;

/**
 * One AES key per data subject (a customer), in {@code customer_keys} apart from the events: the
 * personal fields of a customer's events are encrypted with it, and deleting it (crypto-shredding)
 * makes them unreadable in every copy of the event store at once. A deleted key leaves a tombstone
 * ({@code erasedAt}, no key), so a subject once erased is never given a new key and its events
 * written before encryption are known to be erased too.
 */
public class SubjectKeys {

    static final String COLLECTION = "customer_keys";
    private static final String KEY = "key";
    private static final String ERASED_AT = "erasedAt";
    private static final String ALGORITHM = "AES";
    private static final int KEY_BITS = 256;

    private final MongoCollection<Document> keys;

    public SubjectKeys(MongoDatabase database) {
        this.keys = database.getCollection(COLLECTION);
    }

    /**
     * The subject's key, made on first use. Two writers making it at once meet the unique
     * {@code _id}: the second reads the first's.
     *
     * @throws IllegalStateException if the subject was erased: nothing personal is written for them again
     */
    public SecretKey forWriting(String subject) {
        Optional<Document> stored = find(subject);
        if (stored.isEmpty()) {
            byte[] fresh = generate();
            try {
                keys.insertOne(new Document("_id", subject).append(KEY, new Binary(fresh))
                        .append("createdAt", new Date()));
                return new SecretKeySpec(fresh, ALGORITHM);
            } catch (MongoWriteException e) {
                if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                    throw e;
                }
                stored = find(subject);
            }
        }
        return stored.flatMap(SubjectKeys::keyOf).orElseThrow(() ->
                new IllegalStateException("Subject " + subject + " was erased; no personal data is written for them"));
    }

    /** The subject's key; empty when it was deleted (or never made). */
    public Optional<SecretKey> forReading(String subject) {
        return find(subject).flatMap(SubjectKeys::keyOf);
    }

    public boolean isErased(String subject) {
        return find(subject).map(stored -> stored.containsKey(ERASED_AT)).orElse(false);
    }

    /** Deletes the subject's key for good, leaving the tombstone; doing it again changes nothing. */
    public void shred(String subject) {
        try {
            keys.updateOne(Filters.and(Filters.eq("_id", subject), Filters.exists(ERASED_AT, false)),
                    Updates.combine(Updates.unset(KEY), Updates.set(ERASED_AT, new Date())),
                    new UpdateOptions().upsert(true));
        } catch (MongoWriteException e) {
            // the upsert met the tombstone's _id: shredded already
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
    }

    private Optional<Document> find(String subject) {
        return Optional.ofNullable(keys.find(Filters.eq("_id", subject)).first());
    }

    private static Optional<SecretKey> keyOf(Document stored) {
        Binary key = stored.get(KEY, Binary.class);
        return key == null ? Optional.empty() : Optional.of(new SecretKeySpec(key.getData(), ALGORITHM));
    }

    private static byte[] generate() {
        try {
            KeyGenerator generator = KeyGenerator.getInstance(ALGORITHM);
            generator.init(KEY_BITS);
            return generator.generateKey().getEncoded();
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK offers no AES", e);
        }
    }
}
