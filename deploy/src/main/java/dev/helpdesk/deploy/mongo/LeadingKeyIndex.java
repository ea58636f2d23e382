package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
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
 * index's first field (see {@link LeadingKeyCondition}) with the positions of the documents that
 * can match; the server then checks the whole query and sorts only those. Without it the server
 * reads every document of the collection for each such query, which made the event store's reads
 * grow slower with every ticket.
 *
 * <p>An array value is indexed under each of its elements (as MongoDB does); a document without
 * the field, or with a value it does not order, is always a candidate.
 */
final class LeadingKeyIndex<P> extends Index<P> {

    private static final String ID = "_id";

    private final String field;
    private final NavigableMap<Object, Set<P>> positionsByValue =
            new TreeMap<>(ValueComparator.ascWithoutListHandling());
    private final Set<P> alwaysCandidates = new LinkedHashSet<>();
    private final Map<Object, P> positionById = new HashMap<>();
    private final Map<P, List<Object>> valuesByPosition = new HashMap<>();

    LeadingKeyIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        this.field = keys.get(0).getKey();
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
            for (Object value : condition.values()) {
                candidates.addAll(positionsByValue.getOrDefault(value, Set.of()));
            }
        } else {
            NavigableMap<Object, Set<P>> range = positionsByValue;
            if (condition.lower() != null) {
                range = range.tailMap(condition.lower(), condition.lowerInclusive());
            }
            if (condition.upper() != null) {
                range = range.headMap(condition.upper(), condition.upperInclusive());
            }
            range.values().forEach(candidates::addAll);
        }
        return new ArrayList<>(candidates);
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
        List<Object> values = indexedValues(document);
        valuesByPosition.put(position, values);
        positionById.put(document.get(ID), position);
        if (values.isEmpty()) {
            alwaysCandidates.add(position);
        }
        for (Object value : values) {
            positionsByValue.computeIfAbsent(value, key -> new LinkedHashSet<>()).add(position);
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
        if (!Objects.equals(indexedValues(oldDocument), indexedValues(newDocument))
                || !valuesByPosition.containsKey(position)) {
            forget(position);
            add(newDocument, position, collection);
        }
    }

    @Override
    public long getCount() {
        return valuesByPosition.size();
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
        valuesByPosition.clear();
    }

    private void forget(P position) {
        List<Object> values = valuesByPosition.remove(position);
        alwaysCandidates.remove(position);
        if (values == null) {
            return;
        }
        for (Object value : values) {
            Set<P> positions = positionsByValue.get(value);
            if (positions != null) {
                positions.remove(position);
                if (positions.isEmpty()) {
                    positionsByValue.remove(value);
                }
            }
        }
    }

    /** The values the document is found under; empty when it must always be a candidate. */
    private List<Object> indexedValues(Document document) {
        if (field.contains(".")) {
            return List.of();
        }
        Object value = document.get(field);
        Collection<?> values = value instanceof Collection<?> many ? many : value == null ? List.of() : List.of(value);
        List<Object> indexed = new ArrayList<>();
        for (Object element : values) {
            if (element == null || element instanceof Collection<?> || element instanceof Document
                    || element.getClass().getSimpleName().equals("Missing")) {
                return List.of(); // not ordered here: keep the document a candidate for every query
            }
            indexed.add(element);
        }
        return indexed;
    }
}
