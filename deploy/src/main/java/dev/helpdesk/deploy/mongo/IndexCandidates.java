package dev.helpdesk.deploy.mongo;

import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The positions an in-memory index found for a query: first those it must always return (documents
 * without a value it orders), then the others in the index's order. When that order is a field's
 * ascending order, a query sorted by that field with a limit needs only as many of the ordered
 * ones as match up to the limit (see {@link IndexedH2Collection}); so those are then read from the
 * index's map as they are asked for, not gathered first: a claim of the one entry due first must
 * not walk a backlog of thousands (D111).
 *
 * <p>The server consumes the positions while it holds the collection, before it changes anything,
 * so the index's map cannot change under a lazy walk.
 */
final class IndexCandidates implements Iterable<Object> {

    private final List<Object> unordered;
    private final Iterable<Object> ordered;
    private final String orderedBy;

    /**
     * @param unordered the positions in no particular order, returned first
     * @param ordered the others
     * @param orderedBy the field {@code ordered} is in ascending order of, or null if none
     */
    IndexCandidates(List<Object> unordered, Iterable<Object> ordered, String orderedBy) {
        this.unordered = unordered;
        this.ordered = ordered;
        this.orderedBy = orderedBy;
    }

    List<Object> unordered() {
        return unordered;
    }

    Iterable<Object> ordered() {
        return ordered;
    }

    boolean inAscendingOrderOf(String field) {
        return orderedBy != null && orderedBy.equals(field);
    }

    @Override
    public Iterator<Object> iterator() {
        return Stream.concat(unordered.stream(), StreamSupport.stream(ordered.spliterator(), false)).iterator();
    }
}
