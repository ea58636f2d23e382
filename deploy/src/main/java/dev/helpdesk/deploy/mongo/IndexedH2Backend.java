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

    /**
     * H2's page cache (default 16 MB): pages missing from it are read back and decoded, every
     * document they hold. A quarter of the heap, at least 64 MB: with the local platform's 2 GB
     * heap 512 MB; a node given more heap for a large data set gets a bigger cache.
     */
    private static final int CACHE_MEGABYTES = (int) Math.max(64, Runtime.getRuntime().maxMemory() / 4 / (1 << 20));

    /**
     * H2 rewrites a file chunk in the background once less than this share of it is live (default
     * 90 %), and moves chunks to shrink the file once less than this share of the file is live.
     * Projections update the same documents over and over, so at 90 % the store spent a third of
     * its CPU rewriting chunks under load. At 50 % a compaction step after a large load or a
     * projection rebuild's drop held the store's lock for seconds, and every write waited behind it
     * (the reporting projection fell behind 2,000 events/s); at 30 % it did not (D106). The file may
     * grow to about three times its live data, which a local data directory can afford.
     */
    private static final int COMPACT_BELOW_FILL_PERCENT = 30;

    public IndexedH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName)
                .cacheSize(CACHE_MEGABYTES)
                .autoCompactFillRate(COMPACT_BELOW_FILL_PERCENT)
                .open());
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
