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
        if (name == null) {
            return HourColumns.NONE;
        }
        Integer known = ids.get(name);
        if (known != null) {
            return known;
        }
        names.add(name);
        ids.put(name, names.size() - 1);
        return names.size() - 1;
    }

    String name(int id) {
        return id == HourColumns.NONE ? null : names.get(id);
    }

    /** The number of a contribution's group, priority and type. */
    int keyOf(Contribution contribution) {
        CellKey key = new CellKey(contribution.groupId(), contribution.priority(), contribution.type(), null);
        Integer known = keyIds.get(key);
        if (known != null) {
            return known;
        }
        keys.add(key);
        keyIds.put(key, keys.size() - 1);
        return keys.size() - 1;
    }

    CellKey key(int id) {
        return keys.get(id);
    }
}
