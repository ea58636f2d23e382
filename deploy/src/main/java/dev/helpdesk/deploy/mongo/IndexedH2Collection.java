package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.Optional;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded server that checks a long {@code $in} or {@code $nin} of strings by
 * hash lookup (see {@link StringSetCondition}) and leaves every other condition to the server's
 * matcher, and that does not keep a running total of its documents' sizes.
 */
final class IndexedH2Collection extends H2Collection {

    /** The last query matched and its split, reused for every document that query is checked against. */
    private volatile Split last = new Split(null, Optional.empty());

    IndexedH2Collection(MongoDatabase database, String collectionName, CollectionOptions options,
            MVMap<Object, Document> documents, MVMap<String, Object> metadata, CursorRegistry cursors) {
        super(database, collectionName, options, documents, metadata, cursors);
    }

    /**
     * The stock collection BSON-encodes every document it adds or removes, and both versions of
     * every one it updates, only to keep a running total of their sizes for {@code collStats},
     * which no service asks for; a third of an insert's CPU in a rebuild's profile (D106). The
     * total stays at what earlier versions stored.
     */
    @Override
    protected boolean tracksDataSize() {
        return false;
    }

    @Override
    protected boolean documentMatchesQuery(Document document, Document query) {
        Optional<StringSetCondition> condition = splitOf(query);
        Optional<Boolean> admitted = condition.flatMap(set -> set.admits(document));
        if (admitted.isEmpty()) {
            return super.documentMatchesQuery(document, query);
        }
        return admitted.get() && super.documentMatchesQuery(document, condition.get().rest());
    }

    private Optional<StringSetCondition> splitOf(Document query) {
        Split known = last;
        if (known.query() == query) {
            return known.condition();
        }
        Split split = new Split(query, StringSetCondition.of(query));
        last = split;
        return split.condition();
    }

    private record Split(Document query, Optional<StringSetCondition> condition) {
    }
}
