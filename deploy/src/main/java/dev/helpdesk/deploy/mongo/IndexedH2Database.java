package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVStore;

/**
 * The H2-backed database of the embedded server, with the indexes it lacks (see
 * {@link IndexedH2Backend}): single-field unique indexes also serve equality among other
 * conditions, a compound unique index gets an in-memory companion on its first two fields (the
 * event store's {@code aggregateIdentifier, sequenceNumber}), and every non-unique index is an
 * in-memory index on its first two fields instead of being ignored.
 */
class IndexedH2Database extends H2Database {

    /** Suffix of the companion index of a compound unique index. */
    static final String COMPANION_SUFFIX = "_leadingKey";

    IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
    }

    // Called from the superclass constructor too: uses no field of this class.
    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        Index<Object> unique = super.openOrCreateUniqueIndex(collectionName, indexName, keys, sparse);
        return keys.size() == 1 ? new KeyLookupUniqueIndex<>(unique) : unique;
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return new LeadingKeyIndex<>(indexName, keys, sparse);
    }

    /**
     * Creating a compound unique index also creates its companion, recorded like any index so
     * that the server reopens it (rebuilt from the documents) after a restart.
     */
    @Override
    protected void addIndex(Document indexDescription) {
        super.addIndex(indexDescription);
        Document key = (Document) indexDescription.get("key");
        boolean unique = Boolean.TRUE.equals(indexDescription.get("unique"));
        String name = (String) indexDescription.get("name");
        if (unique && key != null && key.size() > 1 && name != null && !name.endsWith(COMPANION_SUFFIX)) {
            Document companion = new Document("v", 2)
                    .append("key", new Document(key))
                    .append("name", name + COMPANION_SUFFIX)
                    .append("ns", indexDescription.get("ns"));
            super.addIndex(companion);
        }
    }
}
