package dev.helpdesk.ticket.memory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A map that keeps at most {@code capacity} entries and forgets the least recently used one
 * first. Not thread-safe: callers synchronise. Used for what the service remembers only to avoid
 * reading the event store again, so forgetting an entry costs a read, never correctness.
 */
public final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    private static final long serialVersionUID = 1L;

    private final int capacity;

    public LeastRecentlyUsed(int capacity) {
        super(16, 0.75f, true);
        this.capacity = capacity;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > capacity;
    }
}
