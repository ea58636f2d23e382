package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A non-unique index of the embedded server, kept in memory and rebuilt from the documents when
 * the server opens the collection. It answers equality, {@code $in} and range conditions on the
 * index's first field, and with an equality there also on its second field (see
 * {@link LeadingKeyCondition}), with the positions of the documents that can match; the server
 * then checks the whole query and sorts only those. Without it the server
 * reads every document of the collection for each such query, which made the event store's reads
 * grow slower with every ticket.
 *
 * <p>An array value is indexed under each of its elements (as MongoDB does); a document without
 * the field, or with a value it does not order, is always a candidate.
 *
 * <p>It is kept compact (D109): a rebuild holds two projections' indexes at once, and with a map
 * and a set per document and index the node's heap filled and its collector ran half the time.
 * One ordered map holds (first value, second value) pairs; a pair with one document holds its
 * position alone, a set only when several share it. Positions are the documents' {@code _id}s,
 * as the H2 collection keys them, so no map from id to position is kept but for a position that
 * is not its document's id.
 */
final class LeadingKeyIndex extends Index<Object> {

    private static final String ID = "_id";

    /** Stands for the second field's value in a single-field index. */
    private static final Integer NO_SECOND_FIELD = 0;
    /** The entries of a document that is a candidate for every query. */
    private static final Entry[] NONE = new Entry[0];

    private final String field;
    private final String secondField;
    /** (first field's value, second field's value) → a position, or {@link Positions} when several */
    private final NavigableMap<Entry, Object> positionsByEntry = new TreeMap<>();
    private final Set<Object> alwaysCandidates = new LinkedHashSet<>();
    /** position → its {@link Entry}, or an {@code Entry[]} when it has several or none */
    private final Map<Object, Object> entriesByPosition = new HashMap<>();
    /** The positions that are not their document's {@code _id}: none in a collection keyed by it. */
    private final Map<Object, Object> positionById = new HashMap<>();
    /**
     * Documents found at several entries (an array's elements): the server sorts such a document by
     * its least element, which may lie outside a query's range, so the index's order is then not
     * the sort's.
     */
    private int atSeveralEntries;

    LeadingKeyIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
        this.secondField = keys.size() > 1 && !keys.get(1).getKey().contains(".") ? keys.get(1).getKey() : null;
    }

    /** Where a document is found: its first field's value and its second field's (or a bound). */
    private record Entry(Object first, Object second) implements Comparable<Entry> {

        /** Below and above every second value of one first value, to bound a range of pairs. */
        private static final Object LOWEST = new Object();
        private static final Object HIGHEST = new Object();

        @Override
        public int compareTo(Entry other) {
            int byFirst = IndexValueOrder.ASCENDING.compare(first, other.first);
            if (byFirst != 0 || second == other.second) {
                return byFirst;
            }
            if (second == LOWEST || other.second == HIGHEST) {
                return -1;
            }
            if (second == HIGHEST || other.second == LOWEST) {
                return 1;
            }
            return IndexValueOrder.ASCENDING.compare(second, other.second);
        }
    }

    /** The positions of several documents at one entry, in the order they were added. */
    private static final class Positions extends LinkedHashSet<Object> {
    }

    @Override
    public boolean canHandle(Document query) {
        return !field.contains(".") && LeadingKeyCondition.of(query, field).isPresent();
    }

    @Override
    public Iterable<Object> getPositions(Document query) {
        LeadingKeyCondition condition = LeadingKeyCondition.of(query, field).orElseThrow();
        List<Collection<Object>> runs = new ArrayList<>();
        String orderedBy = field;
        if (condition.isEquality()) {
            // with one value of the first field, a condition on the second narrows further (the
            // events of one ticket from a sequence number on)
            LeadingKeyCondition second = secondField == null ? null
                    : LeadingKeyCondition.of(query, secondField).orElse(null);
            boolean oneOfEach = condition.values().size() == 1
                    && (second == null || !second.isEquality() || second.values().size() == 1);
            orderedBy = !oneOfEach ? null : secondField == null ? field : secondField;
            for (Object value : condition.values()) {
                if (second != null && second.isEquality()) {
                    second.values().forEach(secondValue -> runs.add(atMostOne(positionsByEntry.get(
                            new Entry(value, secondValue)))));
                } else {
                    runs.add(within(value, second).values());
                }
            }
        } else {
            NavigableMap<Entry, Object> range = positionsByEntry;
            if (condition.lower() != null) {
                range = range.tailMap(new Entry(condition.lower(), condition.lowerInclusive() ? Entry.LOWEST
                        : Entry.HIGHEST), false);
            }
            if (condition.upper() != null) {
                range = range.headMap(new Entry(condition.upper(), condition.upperInclusive() ? Entry.HIGHEST
                        : Entry.LOWEST), false);
            }
            runs.add(range.values());
        }
        List<Object> unordered = new ArrayList<>(alwaysCandidates);
        if (orderedBy != null && atSeveralEntries == 0) {
            // one run, and each position at one entry of it: walked as the query needs them
            return new IndexCandidates(unordered, flattened(runs.get(0)), orderedBy);
        }
        // several values, or arrays: a position may turn up more than once
        Set<Object> distinct = new LinkedHashSet<>();
        runs.forEach(run -> flattened(run).forEach(distinct::add));
        return new IndexCandidates(unordered, distinct, null);
    }

    private static Collection<Object> atMostOne(Object positions) {
        return positions == null ? List.of() : List.of(positions);
    }

    /** The positions held by a run of entries, in the entries' order. */
    private static Iterable<Object> flattened(Collection<Object> run) {
        return () -> new Iterator<>() {
            private final Iterator<Object> entries = run.iterator();
            private Iterator<Object> sharing = Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                return sharing.hasNext() || entries.hasNext();
            }

            @Override
            public Object next() {
                if (sharing.hasNext()) {
                    return sharing.next();
                }
                Object positions = entries.next();
                if (positions instanceof Positions several) {
                    sharing = several.iterator();
                    return sharing.next();
                }
                return positions;
            }
        };
    }

    /** The entries of one first value whose second value meets {@code condition} (a range or none). */
    private NavigableMap<Entry, Object> within(Object first, LeadingKeyCondition condition) {
        Object lowest = Entry.LOWEST;
        boolean fromInclusive = false;
        Object highest = Entry.HIGHEST;
        boolean toInclusive = false;
        if (condition != null && condition.lower() != null) {
            lowest = condition.lower();
            fromInclusive = condition.lowerInclusive();
        }
        if (condition != null && condition.upper() != null) {
            highest = condition.upper();
            toInclusive = condition.upperInclusive();
        }
        return positionsByEntry.subMap(new Entry(first, lowest), fromInclusive, new Entry(first, highest),
                toInclusive);
    }

    @Override
    public Object getPosition(Document document) {
        Object id = document.get(ID);
        Object position = positionById.get(id);
        return position != null || !entriesByPosition.containsKey(id) ? position : id;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<Object> collection) {
        // not unique: every document may be added
    }

    @Override
    public void add(Document document, Object position, MongoCollection<Object> collection) {
        Object id = document.get(ID);
        if (!Objects.equals(id, position)) {
            positionById.put(id, position);
        }
        Entry[] entries = entriesOf(document);
        entriesByPosition.put(position, entries.length == 1 ? entries[0] : entries);
        if (entries.length > 1) {
            atSeveralEntries++;
        }
        if (entries.length == 0) {
            alwaysCandidates.add(position);
        }
        for (Entry entry : entries) {
            positionsByEntry.merge(entry, position, LeadingKeyIndex::withPosition);
        }
    }

    private static Object withPosition(Object present, Object added) {
        if (present instanceof Positions several) {
            several.add(added);
            return several;
        }
        Positions several = new Positions();
        several.add(present);
        several.add(added);
        return several;
    }

    @Override
    public Object remove(Document document) {
        Object position = getPosition(document);
        if (position != null) {
            positionById.remove(document.get(ID));
            forget(position);
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<Object> collection) {
        // not unique: every change is allowed
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, Object position,
            MongoCollection<Object> collection) {
        if (!entriesByPosition.containsKey(position)
                || !Arrays.equals(entriesOf(oldDocument), entriesOf(newDocument))) {
            forget(position);
            add(newDocument, position, collection);
        }
    }

    @Override
    public long getCount() {
        return entriesByPosition.size();
    }

    @Override
    public long getDataSize() {
        return getCount();
    }

    @Override
    public void drop() {
        positionsByEntry.clear();
        alwaysCandidates.clear();
        positionById.clear();
        entriesByPosition.clear();
        atSeveralEntries = 0;
    }

    private void forget(Object position) {
        Object entries = entriesByPosition.remove(position);
        alwaysCandidates.remove(position);
        if (entries instanceof Entry entry) {
            forget(position, entry);
        } else if (entries instanceof Entry[] several) {
            if (several.length > 1) {
                atSeveralEntries--;
            }
            for (Entry entry : several) {
                forget(position, entry);
            }
        }
    }

    private void forget(Object position, Entry entry) {
        Object positions = positionsByEntry.get(entry);
        if (positions instanceof Positions several) {
            several.remove(position);
            if (several.isEmpty()) {
                positionsByEntry.remove(entry);
            }
        } else if (Objects.equals(positions, position)) {
            positionsByEntry.remove(entry);
        }
    }

    /** Where the document is found; none when it must always be a candidate. */
    private Entry[] entriesOf(Document document) {
        List<Object> firsts = orderedValues(document, field);
        if (firsts.isEmpty()) {
            return NONE;
        }
        List<Object> seconds = secondField == null ? List.of(NO_SECOND_FIELD) : orderedValues(document, secondField);
        if (seconds.isEmpty()) {
            return NONE;
        }
        Entry[] entries = new Entry[firsts.size() * seconds.size()];
        int next = 0;
        for (Object first : firsts) {
            for (Object second : seconds) {
                entries[next++] = new Entry(first, second);
            }
        }
        return entries;
    }

    /** The field's value, or an array's elements; empty if any of them is not ordered here. */
    private static List<Object> orderedValues(Document document, String name) {
        if (name.contains(".")) {
            return List.of();
        }
        Object value = document.get(name);
        Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        List<Object> ordered = new ArrayList<>();
        for (Object element : values) {
            if (element == null || element instanceof Collection<?> || element instanceof Document
                    || element instanceof Missing) {
                return List.of(); // not ordered here: keep the document a candidate for every query
            }
            ordered.add(element);
        }
        return ordered;
    }
}
