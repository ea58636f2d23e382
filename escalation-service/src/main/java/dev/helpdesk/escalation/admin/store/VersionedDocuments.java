package dev.helpdesk.escalation.admin.store;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import dev.helpdesk.escalation.admin.Change;
import dev.helpdesk.escalation.admin.ContendedChange;
import dev.helpdesk.escalation.admin.IdTaken;
import dev.helpdesk.escalation.admin.NotFound;
import dev.helpdesk.escalation.admin.StaleVersion;
import dev.helpdesk.escalation.admin.Versioned;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * Definitions that admins change now and then, each one document with a version, and a history
 * of every version in a {@code *_changes} collection.
 *
 * <p>Concurrency without transactions (the embedded MongoDB-wire server has none): a change
 * replaces the document only where {@code _id} and {@code version} still are what the writer
 * read, a single-document atomic update, so of two writers of the same version exactly one
 * succeeds and the other sees the newer version (412 with {@code If-Match}, another attempt
 * without).
 *
 * <p>The history record of a version ({@code _id} {@code "<id>@<version>"}) is a function of
 * the document at that version (its definition, {@code updatedBy}, {@code updatedAt}), so it
 * can be written at any later time with the same content. It is written right after the change,
 * and written again if missing by the next change and by every history read: a crash between
 * the two writes delays a record, it never loses one.
 */
public final class VersionedDocuments<T> {

    static final String ID = "_id";
    static final String VERSION = "version";
    static final String CREATED_AT = "createdAt";
    static final String CREATED_BY = "createdBy";
    static final String UPDATED_AT = "updatedAt";
    static final String UPDATED_BY = "updatedBy";
    static final String DEFINITION = "definition";
    static final String RESOURCE_ID = "resourceId";
    static final String CHANGE = "change";
    static final String BY = "by";
    static final String AT = "at";

    /** Attempts of a change without If-Match that keeps losing the race; far more than real contention. */
    private static final int ATTEMPTS = 20;

    private final String kind;
    private final MongoCollection<Document> current;
    private final MongoCollection<Document> changes;
    private final DocumentMapping<T> mapping;
    private final Clock clock;
    private final AtomicLong writes = new AtomicLong();

    /**
     * @param kind what the documents are, for messages ("SLA policy")
     * @param collection the current version of each definition
     * @param changesCollection the history of every version
     */
    public VersionedDocuments(String kind, MongoDatabase database, String collection, String changesCollection,
            DocumentMapping<T> mapping, Clock clock) {
        this.kind = kind;
        this.current = database.getCollection(collection);
        this.changes = database.getCollection(changesCollection);
        this.mapping = mapping;
        this.clock = clock;
    }

    /**
     * The history is read per definition in version order, and holds one record per version
     * (unique, which the embedded server also keeps; it ignores non-unique compound indexes).
     * Creating an existing index is a no-op.
     */
    public void createIndexes() {
        changes.createIndex(Indexes.ascending(RESOURCE_ID, VERSION), new IndexOptions().unique(true));
    }

    public Optional<Versioned<T>> find(String id) {
        return Optional.ofNullable(current.find(Filters.eq(ID, id)).first()).map(this::versioned);
    }

    public boolean exists(String id) {
        return current.countDocuments(Filters.eq(ID, id)) > 0;
    }

    /** One page in id order, and how many there are in all. */
    public Page<T> page(int page, int size) {
        List<Versioned<T>> items = new ArrayList<>();
        current.find().sort(Sorts.ascending(ID)).skip(page * size).limit(size)
                .forEach(document -> items.add(versioned(document)));
        return new Page<>(items, current.countDocuments());
    }

    /**
     * How many changes this instance has written so far: a reader that keeps definitions in memory
     * reads again when it grew, so an edit made through this instance is seen at once.
     */
    public long writes() {
        return writes.get();
    }

    /** Every definition with its version, by id. */
    public List<Versioned<T>> allVersioned() {
        List<Versioned<T>> all = new ArrayList<>();
        current.find().sort(Sorts.ascending(ID)).forEach(document -> all.add(versioned(document)));
        return all;
    }

    /** Every definition, for those who need them all (policy matching). */
    public List<T> all() {
        List<T> all = new ArrayList<>();
        current.find().sort(Sorts.ascending(ID)).forEach(document -> all.add(versioned(document).value()));
        return all;
    }

    /** @throws IdTaken if a definition with the value's id exists */
    public Versioned<T> create(T value, String actor) {
        String id = mapping.idOf(value);
        Date now = now();
        Document document = new Document(ID, id).append(VERSION, 1L)
                .append(CREATED_AT, now).append(CREATED_BY, actor)
                .append(UPDATED_AT, now).append(UPDATED_BY, actor)
                .append(DEFINITION, mapping.toDocument(value));
        try {
            current.insertOne(document);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new IdTaken(kind, id);
            }
            throw e;
        }
        writes.incrementAndGet();
        record(document);
        return versioned(document);
    }

    /**
     * Makes {@code value} the next version of the definition with its id. A value equal to the
     * current one changes nothing (no new version, no history entry), so a retried request is
     * harmless.
     *
     * @param expectedVersion the version the caller changed ({@code If-Match}), or null for "whatever is current"
     * @throws NotFound if there is no such definition
     * @throws StaleVersion if the current version is not the expected one, also when another
     *         writer got there first
     */
    public Versioned<T> update(T value, Long expectedVersion, String actor) {
        String id = mapping.idOf(value);
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Document before = current.find(Filters.eq(ID, id)).first();
            if (before == null) {
                throw new NotFound(kind, id);
            }
            long version = before.getLong(VERSION);
            if (expectedVersion != null && expectedVersion != version) {
                throw new StaleVersion(kind, id, expectedVersion, version);
            }
            record(before);
            if (mapping.fromDocument(id, before.get(DEFINITION, Document.class)).equals(value)) {
                return versioned(before);
            }
            Document after = new Document(before).append(VERSION, version + 1)
                    .append(UPDATED_AT, now()).append(UPDATED_BY, actor)
                    .append(DEFINITION, mapping.toDocument(value));
            if (current.replaceOne(Filters.and(Filters.eq(ID, id), Filters.eq(VERSION, version)), after)
                    .getMatchedCount() == 1) {
                writes.incrementAndGet();
                record(after);
                return versioned(after);
            }
            // Another writer moved it on since we read it: with If-Match the next round says 412.
        }
        throw new ContendedChange(kind, id);
    }

    /** Every version of the definition, oldest first. */
    public List<Change<T>> history(String id) {
        Document latest = current.find(Filters.eq(ID, id)).first();
        if (latest == null) {
            throw new NotFound(kind, id);
        }
        record(latest);
        List<Change<T>> history = new ArrayList<>();
        changes.find(Filters.eq(RESOURCE_ID, id)).sort(Sorts.ascending(VERSION)).forEach(change -> {
            long version = change.getLong(VERSION);
            history.add(new Change<>(Change.Kind.valueOf(change.getString(CHANGE)), change.getString(BY),
                    new Versioned<>(mapping.fromDocument(id, change.get(DEFINITION, Document.class)), version,
                            change.getDate(CREATED_AT).toInstant(), change.getDate(AT).toInstant())));
        });
        return history;
    }

    /** Writes the history record of the document's version unless it is there already. */
    private void record(Document document) {
        String id = document.getString(ID);
        long version = document.getLong(VERSION);
        String recordId = id + "@" + version;
        if (changes.find(Filters.eq(ID, recordId)).first() != null) {
            return;
        }
        try {
            changes.insertOne(new Document(ID, recordId).append(RESOURCE_ID, id).append(VERSION, version)
                    .append(CHANGE, (version == 1 ? Change.Kind.CREATED : Change.Kind.UPDATED).name())
                    .append(BY, document.getString(UPDATED_BY)).append(AT, document.getDate(UPDATED_AT))
                    .append(CREATED_AT, document.getDate(CREATED_AT))
                    .append(DEFINITION, document.get(DEFINITION, Document.class)));
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e; // a duplicate is the same record, written by a concurrent reader or writer
            }
        }
    }

    private Versioned<T> versioned(Document document) {
        return new Versioned<>(mapping.fromDocument(document.getString(ID), document.get(DEFINITION, Document.class)),
                document.getLong(VERSION), document.getDate(CREATED_AT).toInstant(),
                document.getDate(UPDATED_AT).toInstant());
    }

    /** Mongo keeps milliseconds; so does every answer, so a later read shows the same instant. */
    private Date now() {
        return Date.from(clock.instant().truncatedTo(ChronoUnit.MILLIS));
    }

    /** A page of definitions and the number of all of them. */
    public record Page<T>(List<Versioned<T>> items, long total) {
    }
}
