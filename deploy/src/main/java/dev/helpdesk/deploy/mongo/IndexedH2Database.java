package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import java.util.List;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The H2-backed database of the embedded server, with the indexes it lacks (see
 * {@link IndexedH2Backend}): unique indexes are hash maps in memory (see
 * {@link InMemoryUniqueIndex}), single-field unique indexes also serve equality among other
 * conditions, a compound unique index gets an in-memory companion on its first two fields (the
 * event store's {@code aggregateIdentifier, sequenceNumber}), and every non-unique index is an
 * in-memory index on its first two fields instead of being ignored. Only the documents live in
 * the H2 file; every index is rebuilt from them when the server opens it.
 */
class IndexedH2Database extends H2Database {

    /** Suffix of the companion index of a compound unique index. */
    static final String COMPANION_SUFFIX = "_leadingKey";

    private final MVStore mvStore;

    IndexedH2Database(String databaseName, MVStore mvStore, CursorRegistry cursorRegistry) {
        super(databaseName, mvStore, cursorRegistry);
        this.mvStore = mvStore;
        super.initializeNamespacesAndIndexes();
    }

    /**
     * The superclass opens the stored collections from its constructor, before this class's
     * fields are set; this class opens them once its constructor has set {@link #mvStore}.
     */
    @Override
    protected void initializeNamespacesAndIndexes() {
        if (mvStore != null) {
            super.initializeNamespacesAndIndexes();
        }
    }

    /**
     * As the superclass opens a collection (same H2 map names, which its drop and rename find), as
     * an {@link IndexedH2Collection} whose documents are stored as BSON ({@link BsonDocumentType}).
     */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String namespace = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = mvStore.openMap("databases." + namespace,
                new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE));
        MVMap<String, Object> metadata = mvStore.openMap("meta." + namespace);
        return new IndexedH2Collection(this, collectionName, options, documents, metadata, cursorRegistry);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        Index<Object> unique = new InMemoryUniqueIndex<>(indexName, keys, sparse);
        return keys.size() == 1 ? new KeyLookupUniqueIndex<>(unique) : unique;
    }

    @Override
    protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
            boolean sparse) {
        return new LeadingKeyIndex(indexName, keys, sparse);
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
