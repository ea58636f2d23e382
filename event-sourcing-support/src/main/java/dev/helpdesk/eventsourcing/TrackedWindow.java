package dev.helpdesk.eventsourcing;

import java.io.Serializable;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The events of a look-back window, in the order a tracking processor read them, shared by the
 * tokens of consecutive events. A Mongo tracking token holds the ids (and timestamps) of every
 * event it read within the window before its own; Axon's token copies all of them into a new map
 * for every event, so at 250 events/s with a 1 s window each event cost 250 map entries, and the
 * 1,000 events the event store keeps for its processors held a quarter of a million. Here every
 * token is a {@link View}: a range of one append-only record, so the next token costs one entry.
 *
 * <p>Only one reader appends to a window: the one whose token ends where the window ends. A reader
 * starting from an older token, from a token read back from the token store, or from a window
 * whose dropped head outgrew its live part, copies the live range into a new window first.
 */
final class TrackedWindow {

    private static final int FIRST_CAPACITY = 64;

    /**
     * Guarded by {@code this}; views hold the arrays they were made over, which are never rewritten
     * below their end.
     */
    private String[] ids;
    private long[] stamps;
    private int size;
    /** Where each id of the window is; read without the lock by views. */
    private final Map<String, Integer> positions = new ConcurrentHashMap<>();

    private TrackedWindow(int capacity) {
        ids = new String[Math.max(capacity, FIRST_CAPACITY)];
        stamps = new long[ids.length];
    }

    /** A window holding the given events, in their order. */
    static View of(Map<String, Long> events) {
        TrackedWindow window = new TrackedWindow(events.size() * 2);
        events.forEach(window::add);
        return window.view(0, window.size);
    }

    private void add(String id, long stamp) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            stamps = Arrays.copyOf(stamps, size * 2);
        }
        ids[size] = id;
        stamps[size] = stamp;
        positions.put(id, size);
        size++;
    }

    private View view(int from, int to) {
        return new View(this, ids, stamps, from, to);
    }

    /**
     * The view after {@code base} with the event added at its end: in the base's window if the base
     * ends where the window does and the id is new to that window, otherwise in a new window holding
     * the base's events. The new view starts where the base did; the caller drops what has aged out.
     */
    static View append(View base, String id, long stamp) {
        TrackedWindow window = base.window;
        synchronized (window) {
            if (base.to == window.size && !window.positions.containsKey(id) && base.from <= base.size() + 64) {
                window.add(id, stamp);
                return window.view(base.from, window.size);
            }
        }
        TrackedWindow fresh = new TrackedWindow(base.size() * 2 + 1);
        for (int at = base.from; at < base.to; at++) {
            fresh.add(base.ids[at], base.stamps[at]);
        }
        fresh.add(id, stamp);
        return fresh.view(0, fresh.size);
    }

    /**
     * The events {@code [from, to)} of one window, as an unmodifiable map from event id to timestamp
     * in the order they were read. Stored tokens serialize it as any map.
     */
    static final class View extends AbstractMap<String, Long> implements Serializable {

        private static final long serialVersionUID = 1L;

        private final transient TrackedWindow window;
        private final transient String[] ids;
        private final transient long[] stamps;
        private final transient int from;
        private final transient int to;

        private View(TrackedWindow window, String[] ids, long[] stamps, int from, int to) {
            this.window = window;
            this.ids = ids;
            this.stamps = stamps;
            this.from = from;
            this.to = to;
        }

        /** This view without its leading events stamped before {@code cutOff}, as Axon's token trims. */
        View droppingBefore(long cutOff) {
            int first = from;
            while (first < to && stamps[first] < cutOff) {
                first++;
            }
            return first == from ? this : new View(window, ids, stamps, first, to);
        }

        @Override
        public int size() {
            return to - from;
        }

        @Override
        public boolean containsKey(Object id) {
            return position(id) >= 0;
        }

        @Override
        public Long get(Object id) {
            int at = position(id);
            return at < 0 ? null : stamps[at];
        }

        private int position(Object id) {
            Integer at = window.positions.get(id);
            return at != null && at >= from && at < to ? at : -1;
        }

        @Override
        public Set<Entry<String, Long>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public Iterator<Entry<String, Long>> iterator() {
                    return new Iterator<>() {
                        private int next = from;

                        @Override
                        public boolean hasNext() {
                            return next < to;
                        }

                        @Override
                        public Entry<String, Long> next() {
                            if (next >= to) {
                                throw new NoSuchElementException();
                            }
                            int at = next++;
                            return new SimpleImmutableEntry<>(ids[at], stamps[at]);
                        }
                    };
                }

                @Override
                public int size() {
                    return to - from;
                }
            };
        }

        /** Java serialization writes the entries, not the shared window. */
        private Object writeReplace() {
            return new LinkedHashMap<>(this);
        }
    }
}
