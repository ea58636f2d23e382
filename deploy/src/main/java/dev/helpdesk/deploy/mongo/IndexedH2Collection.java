package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.h2.mvstore.MVMap;

/**
 * A collection of the embedded server that checks a long {@code $in} or {@code $nin} of strings by
 * hash lookup (see {@link StringSetCondition}) and leaves every other condition to the server's
 * matcher, that stops matching an index's candidates early for a sorted query with a limit, and
 * that does not keep a running total of its documents' sizes.
 */
final class IndexedH2Collection extends H2Collection {

    private static final Integer ASCENDING = 1;

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

    /**
     * A query sorted by one field, ascending, with a limit, whose index found its candidates in that
     * field's order: only the candidates up to the one where enough of them match are matched, and
     * only those that match are sorted, not all of them. The server matches and sorts every
     * candidate before it applies the limit: a claim of "the pending entry due first" from a
     * backlog of thousands read and sorted them all, each time (D110). The answer is the same:
     * every candidate after the cut sorts after those kept, or ties with one and came later, and
     * the server's sort keeps that order; those left out before it do not match.
     */
    @Override
    protected QueryResult matchDocuments(Document query, Iterable<Object> positions, Document orderBy,
            int numberToSkip, int limit, int batchSize, Document fieldSelector) {
        return super.matchDocuments(query, cut(query, positions, orderBy, (long) numberToSkip + limit, limit),
                orderBy, numberToSkip, limit, batchSize, fieldSelector);
    }

    private Iterable<Object> cut(Document query, Iterable<Object> positions, Document orderBy, long wanted,
            int limit) {
        if (limit <= 0 || !(positions instanceof IndexCandidates candidates) || orderBy == null
                || orderBy.size() != 1) {
            return positions;
        }
        Map.Entry<String, Object> sort = orderBy.entrySet().iterator().next();
        if (!ASCENDING.equals(sort.getValue()) || !candidates.inAscendingOrderOf(sort.getKey())) {
            return positions;
        }
        // what the index must always return, then the ordered ones that match, up to the limit: the
        // server matches these again, but no candidate it would only reject
        List<Object> kept = new ArrayList<>(candidates.unordered());
        long matched = 0;
        for (Iterator<Object> ordered = candidates.ordered().iterator(); ordered.hasNext() && matched < wanted; ) {
            Object position = ordered.next();
            Document document = getDocument(position);
            if (document != null && documentMatchesQuery(document, query)) {
                kept.add(position);
                matched++;
            }
        }
        return kept;
    }

    /**
     * The stock collection holds its lock for every other query but not for {@code count}; an
     * index's candidates are walked as the query reads them (D111), so a count must not run
     * beside a write that changes the index.
     */
    @Override
    public synchronized int count(Document query, int numberToSkip, int limit) {
        return super.count(query, numberToSkip, limit);
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
