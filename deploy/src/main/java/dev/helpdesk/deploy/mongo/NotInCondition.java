package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A query's {@code {field: {$nin: [strings…]}}} condition, split from the rest of the query so
 * that it can be checked by one hash lookup instead of comparing the document's value with every
 * listed value. Axon's tracking processors ask for "new events, except the ids already seen
 * within the look-back window": hundreds of ids, checked against each of hundreds of candidate
 * events, by every processor on every poll; the server's matcher spent most of its CPU there.
 *
 * <p>Only a top-level field (no dots) with a list of strings only is split; a document whose value
 * is not a plain string (an array, a number, a sub-document) is left to the server's matcher,
 * which knows MongoDB's rules for them.
 */
final class NotInCondition {

    private static final String AND = "$and";
    private static final String NOT_IN = "$nin";

    private final String field;
    private final Set<String> excluded;
    private final Document rest;

    private NotInCondition(String field, Set<String> excluded, Document rest) {
        this.field = field;
        this.excluded = excluded;
        this.rest = rest;
    }

    /** The condition of {@code query}, at its top level or as one clause of its top-level {@code $and}. */
    static Optional<NotInCondition> of(Document query) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            Optional<Set<String>> strings = notInStrings(entry.getKey(), entry.getValue());
            if (strings.isPresent()) {
                Document rest = new Document(query);
                rest.remove(entry.getKey());
                return Optional.of(new NotInCondition(entry.getKey(), strings.get(), rest));
            }
        }
        if (query.get(AND) instanceof List<?> clauses) {
            for (int i = 0; i < clauses.size(); i++) {
                if (clauses.get(i) instanceof Document clause && clause.size() == 1) {
                    Map.Entry<String, Object> only = clause.entrySet().iterator().next();
                    Optional<Set<String>> strings = notInStrings(only.getKey(), only.getValue());
                    if (strings.isPresent()) {
                        List<Object> others = new ArrayList<>(clauses);
                        others.remove(i);
                        Document rest = new Document(query);
                        if (others.isEmpty()) {
                            rest.remove(AND);
                        } else {
                            rest.put(AND, others);
                        }
                        return Optional.of(new NotInCondition(only.getKey(), strings.get(), rest));
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Set<String>> notInStrings(String field, Object condition) {
        if (field.startsWith("$") || field.contains(".") || !(condition instanceof Document operators)
                || operators.size() != 1 || !(operators.get(NOT_IN) instanceof Collection<?> values)) {
            return Optional.empty();
        }
        Set<String> strings = new HashSet<>();
        for (Object value : values) {
            if (!(value instanceof String string)) {
                return Optional.empty();
            }
            strings.add(string);
        }
        return Optional.of(strings);
    }

    /**
     * Whether {@code document} passes this condition: TRUE or FALSE when its value is a plain string
     * or missing, empty when the server's matcher must decide on the whole query.
     */
    Optional<Boolean> admits(Document document) {
        Object value = document.getOrMissing(field);
        if (value instanceof String string) {
            return Optional.of(!excluded.contains(string));
        }
        if (value instanceof Missing) {
            return Optional.of(true);
        }
        return Optional.empty();
    }

    /** The query without this condition. */
    Document rest() {
        return rest;
    }
}
