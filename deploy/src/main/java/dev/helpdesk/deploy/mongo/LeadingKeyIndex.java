package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
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
 */
final class LeadingKeyIndex<P> extends Index<P> {

    private static final String ID = "_id";

    /** Stands for the second field's value in a single-field index. */
    private static final Integer NO_SECOND_FIELD = 0;

    private final String field;
    private final String secondField;
    /** first field's value → second field's value → positions */
    private final NavigableMap<Object, NavigableMap<Object, Set<P>>> positionsByValue = orderedMap();
    private final Set<P> alwaysCandidates = new LinkedHashSet<>();
    private final Map<Object, P> positionById = new HashMap<>();
    private final Map<P, List<Entry>> entriesByPosition = new HashMap<>();

    LeadingKeyIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
        this.secondField = keys.size() > 1 && !keys.get(1).getKey().contains(".") ? keys.get(1).getKey() : null;
    }

    /** Where a document is found: its first field's value and its second field's. */
    private record Entry(Object first, Object second) {
    }

    @Override
    public boolean canHandle(Document query) {
        return !field.contains(".") && LeadingKeyCondition.of(query, field).isPresent();
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        LeadingKeyCondition condition = LeadingKeyCondition.of(query, field).orElseThrow();
        Set<P> candidates = new LinkedHashSet<>(alwaysCandidates);
        if (condition.isEquality()) {
            // with one value of the first field, a condition on the second narrows further (the
            // events of one ticket from a sequence number on)
            LeadingKeyCondition second = secondField == null ? null
                    : LeadingKeyCondition.of(query, secondField).orElse(null);
            for (Object value : condition.values()) {
                NavigableMap<Object, Set<P>> bySecond = positionsByValue.get(value);
                if (bySecond != null) {
                    within(bySecond, second).values().forEach(candidates::addAll);
                }
            }
        } else {
            within(positionsByValue, condition).values()
                    .forEach(bySecond -> bySecond.values().forEach(candidates::addAll));
        }
        return new ArrayList<>(candidates);
    }

    /** The part of {@code map} whose keys meet {@code condition}; all of it without one. */
    private static <V> NavigableMap<Object, V> within(NavigableMap<Object, V> map, LeadingKeyCondition condition) {
        if (condition == null) {
            return map;
        }
        if (condition.isEquality()) {
            NavigableMap<Object, V> matching = orderedMap();
            for (Object value : condition.values()) {
                V found = map.get(value);
                if (found != null) {
                    matching.put(value, found);
                }
            }
            return matching;
        }
        NavigableMap<Object, V> range = map;
        if (condition.lower() != null) {
            range = range.tailMap(condition.lower(), condition.lowerInclusive());
        }
        if (condition.upper() != null) {
            range = range.headMap(condition.upper(), condition.upperInclusive());
        }
        return range;
    }

    private static <V> NavigableMap<Object, V> orderedMap() {
        return new TreeMap<>(ValueComparator.ascWithoutListHandling());
    }

    @Override
    public P getPosition(Document document) {
        return positionById.get(document.get(ID));
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        // not unique: every document may be added
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        List<Entry> entries = entriesOf(document);
        entriesByPosition.put(position, entries);
        positionById.put(document.get(ID), position);
        if (entries.isEmpty()) {
            alwaysCandidates.add(position);
        }
        for (Entry entry : entries) {
            positionsByValue.computeIfAbsent(entry.first(), key -> orderedMap())
                    .computeIfAbsent(entry.second(), key -> new LinkedHashSet<>()).add(position);
        }
    }

    @Override
    public P remove(Document document) {
        P position = positionById.remove(document.get(ID));
        if (position != null) {
            forget(position);
        }
        return position;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        // not unique: every change is allowed
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        if (!Objects.equals(entriesOf(oldDocument), entriesOf(newDocument))
                || !entriesByPosition.containsKey(position)) {
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
        positionsByValue.clear();
        alwaysCandidates.clear();
        positionById.clear();
        entriesByPosition.clear();
    }

    private void forget(P position) {
        List<Entry> entries = entriesByPosition.remove(position);
        alwaysCandidates.remove(position);
        if (entries == null) {
            return;
        }
        for (Entry entry : entries) {
            NavigableMap<Object, Set<P>> bySecond = positionsByValue.get(entry.first());
            Set<P> positions = bySecond == null ? null : bySecond.get(entry.second());
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    bySecond.remove(entry.second());
                }
                if (bySecond.isEmpty()) {
                    positionsByValue.remove(entry.first());
                }
            }
        }
    }

    /** Where the document is found; empty when it must always be a candidate. */
    private List<Entry> entriesOf(Document document) {
        List<Object> firsts = orderedValues(document, field);
        if (firsts.isEmpty()) {
            return List.of();
        }
        List<Object> seconds = secondField == null ? List.of(NO_SECOND_FIELD) : orderedValues(document, secondField);
        if (seconds.isEmpty()) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        for (Object first : firsts) {
            for (Object second : seconds) {
                entries.add(new Entry(first, second));
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
