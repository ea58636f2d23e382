package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.h2.mvstore.MVStore;

/**
 * The embedded MongoDB-wire server's H2 backend with usable secondary indexes. The stock backend
 * uses an index only when a query names exactly the index's fields with plain values, and
 * ignores non-unique indexes; every other query reads the whole collection. The ticket service's
 * event store (events of one ticket by id and sequence, new events by timestamp) and its
 * projections' conditional updates ({@code _id} and version) are such queries, so each request
 * grew slower with every ticket stored. Real MongoDB, the production target, has none of this.
 */
public class IndexedH2Backend extends H2Backend {

    public IndexedH2Backend(String fileName) {
        super(MVStore.open(fileName));
    }

    public IndexedH2Backend(MVStore mvStore) {
        super(mvStore);
    }

    // Called from the superclass constructor for every stored database: uses no field of this class.
    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new IndexedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }
}
