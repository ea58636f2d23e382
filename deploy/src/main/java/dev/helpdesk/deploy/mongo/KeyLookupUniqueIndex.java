package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * A single-field unique index of the embedded server (such as {@code _id}) that also answers a
 * query with an equality on its field among other conditions, e.g. {@code {_id: x, version:
 * {$lt: 7}}}, the shape of every conditional update of the projections. The server alone uses a
 * unique index only when the query names exactly its fields, and otherwise reads the whole
 * collection. Storage, uniqueness and all else stay with the wrapped index.
 */
final class KeyLookupUniqueIndex<P> extends Index<P> {

    private final Index<P> unique;
    private final String field;

    KeyLookupUniqueIndex(Index<P> unique) {
        super(unique.getName(), unique.getKeys(), Boolean.TRUE.equals(unique.toIndexDescription().get("sparse")));
        this.unique = unique;
        this.field = unique.getKeys().get(0).getKey();
    }

    @Override
    public boolean canHandle(Document query) {
        return unique.canHandle(query) || equality(query).isPresent();
    }

    @Override
    public Iterable<P> getPositions(Document query) {
        if (unique.canHandle(query)) {
            return unique.getPositions(query);
        }
        Set<P> positions = new LinkedHashSet<>();
        for (Object value : equality(query).orElseThrow().values()) {
            unique.getPositions(new Document(field, value)).forEach(positions::add);
        }
        return new ArrayList<>(positions);
    }

    private Optional<LeadingKeyCondition> equality(Document query) {
        return field.contains(".") ? Optional.empty()
                : LeadingKeyCondition.of(query, field).filter(LeadingKeyCondition::isEquality);
    }

    @Override
    public boolean isUnique() {
        return unique.isUnique();
    }

    @Override
    public boolean hasSameOptions(Index<?> other) {
        return unique.hasSameOptions(other instanceof KeyLookupUniqueIndex<?> lookup ? lookup.unique : other);
    }

    @Override
    public P getPosition(Document document) {
        return unique.getPosition(document);
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        unique.checkAdd(document, collection);
    }

    @Override
    public void add(Document document, P position, MongoCollection<P> collection) {
        unique.add(document, position, collection);
    }

    @Override
    public P remove(Document document) {
        return unique.remove(document);
    }

    @Override
    public long getCount() {
        return unique.getCount();
    }

    @Override
    public boolean isEmpty() {
        return unique.isEmpty();
    }

    @Override
    public long getDataSize() {
        return unique.getDataSize();
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        unique.checkUpdate(oldDocument, newDocument, collection);
    }

    @Override
    public void updateInPlace(Document oldDocument, Document newDocument, P position, MongoCollection<P> collection) {
        unique.updateInPlace(oldDocument, newDocument, position, collection);
    }

    @Override
    public void drop() {
        unique.drop();
    }

    @Override
    public Document toIndexDescription() {
        return unique.toIndexDescription();
    }
}
