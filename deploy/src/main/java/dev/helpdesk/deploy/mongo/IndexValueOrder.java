package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.backend.ValueComparator;
import java.time.Instant;
import java.util.Comparator;

/**
 * The server's order of values ({@link ValueComparator}), with the values an index mostly holds
 * compared directly when both are of the same class: dates (which the server decodes as
 * instants), strings, longs, ints and booleans. The server's comparator first ranks both values'
 * types, looking each class up in a table; in a projection rebuild's profile the in-memory
 * indexes' tree inserts spent half their time there (D109). The order is the same: within one of
 * these classes the server compares exactly as below.
 */
final class IndexValueOrder implements Comparator<Object> {

    static final IndexValueOrder ASCENDING = new IndexValueOrder();

    private static final Comparator<Object> SERVER = ValueComparator.ascWithoutListHandling();

    private IndexValueOrder() {
    }

    @Override
    public int compare(Object first, Object second) {
        Class<?> type = first == null ? null : first.getClass();
        if (second == null || type != second.getClass()) {
            return SERVER.compare(first, second);
        }
        if (type == Instant.class) {
            return ((Instant) first).compareTo((Instant) second);
        }
        if (type == String.class) {
            return ((String) first).compareTo((String) second);
        }
        if (type == Long.class) {
            return Long.compare((Long) first, (Long) second);
        }
        if (type == Integer.class) {
            return Integer.compare((Integer) first, (Integer) second);
        }
        if (type == Boolean.class) {
            return Boolean.compare((Boolean) first, (Boolean) second);
        }
        return SERVER.compare(first, second);
    }
}
