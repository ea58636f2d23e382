package dev.helpdesk.reporting.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names (groups, priorities, agents, categories, assets, statuses) and group-priority-type keys
 * the report cube has seen, each stored once and referred to by a number in its hour columns.
 * Never shrinks: there are as many as the help desk has, not as many as tickets (assets aside).
 */
final class CubeNames {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    private final Map<CellKey, Integer> keyIds = new HashMap<>();
    private final List<CellKey> keys = new ArrayList<>();

    /** The name's number, {@link HourColumns#NONE} for null. */
    int idOf(String name) {
        return name == null ? HourColumns.NONE : numberOf(name, ids, names);
    }

    String name(int id) {
        return id == HourColumns.NONE ? null : names.get(id);
    }

    /** The number of a contribution's group, priority and type. */
    int keyOf(Contribution contribution) {
        return numberOf(new CellKey(contribution.groupId(), contribution.priority(), contribution.type(), null),
                keyIds, keys);
    }

    CellKey key(int id) {
        return keys.get(id);
    }

    private static <T> int numberOf(T value, Map<T, Integer> numbers, List<T> values) {
        Integer known = numbers.get(value);
        if (known != null) {
            return known;
        }
        values.add(value);
        numbers.put(value, values.size() - 1);
        return values.size() - 1;
    }
}
