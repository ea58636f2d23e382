package dev.helpdesk.deploy.mongo;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * The positions an in-memory index found for a query: first those it must always return (documents
 * without a value it orders), then the others in the index's order. When that order is a field's
 * ascending order, a query sorted by that field with a limit needs only as many of the ordered
 * ones as match up to the limit (see {@link IndexedH2Collection}).
 */
final class IndexCandidates extends AbstractList<Object> implements RandomAccess {

    private final List<Object> positions;
    private final int unordered;
    private final String orderedBy;

    /**
     * @param unordered how many of the positions, at the start, are in no particular order
     * @param orderedBy the field the others are in ascending order of, or null if none
     */
    IndexCandidates(List<Object> positions, int unordered, String orderedBy) {
        this.positions = positions;
        this.unordered = unordered;
        this.orderedBy = orderedBy;
    }

    int unordered() {
        return unordered;
    }

    boolean inAscendingOrderOf(String field) {
        return orderedBy != null && orderedBy.equals(field);
    }

    @Override
    public Object get(int index) {
        return positions.get(index);
    }

    @Override
    public int size() {
        return positions.size();
    }
}
