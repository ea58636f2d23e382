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
 * A query's {@code {field: {$nin: [strings…]}}} or {@code {field: {$in: [strings…]}}} condition,
 * split from the rest of the query so that it can be checked by one hash lookup instead of
 * comparing the document's value with every listed value. Axon's tracking processors ask for "new
 * events, except the ids already seen within the look-back window": hundreds of ids, checked
 * against each of hundreds of candidate events, by every processor on every poll; the server's
 * matcher spent most of its CPU there. The reporting projection's batches read "the documents of
 * these tickets": thousands of ids in a rebuild's batch, each candidate compared with every one
 * (two thirds of the node's CPU in a rebuild before this served {@code $in} too).
 *
 * <p>Only a top-level field (no dots) with a list of strings only is split; a document whose value
 * is not a plain string (an array, a number, a sub-document) is left to the server's matcher,
 * which knows MongoDB's rules for them.
 */
final class StringSetCondition {

    private static final String AND = "$and";
    private static final String IN = "$in";
    private static final String NOT_IN = "$nin";

    private final String field;
    private final Set<String> listed;
    private final boolean admitsListed;
    private final Document rest;

    private StringSetCondition(String field, Set<String> listed, boolean admitsListed, Document rest) {
        this.field = field;
        this.listed = listed;
        this.admitsListed = admitsListed;
        this.rest = rest;
    }

    /** The condition of {@code query}, at its top level or as one clause of its top-level {@code $and}. */
    static Optional<StringSetCondition> of(Document query) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            Optional<Listed> listed = listed(entry.getKey(), entry.getValue());
            if (listed.isPresent()) {
                Document rest = new Document(query);
                rest.remove(entry.getKey());
                return Optional.of(listed.get().condition(entry.getKey(), rest));
            }
        }
        if (query.get(AND) instanceof List<?> clauses) {
            for (int i = 0; i < clauses.size(); i++) {
                if (clauses.get(i) instanceof Document clause && clause.size() == 1) {
                    Map.Entry<String, Object> only = clause.entrySet().iterator().next();
                    Optional<Listed> listed = listed(only.getKey(), only.getValue());
                    if (listed.isPresent()) {
                        List<Object> others = new ArrayList<>(clauses);
                        others.remove(i);
                        Document rest = new Document(query);
                        if (others.isEmpty()) {
                            rest.remove(AND);
                        } else {
                            rest.put(AND, others);
                        }
                        return Optional.of(listed.get().condition(only.getKey(), rest));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The strings a field's condition lists, if it is a condition this class checks. */
    private static Optional<Listed> listed(String field, Object condition) {
        if (field.startsWith("$") || field.contains(".") || !(condition instanceof Document operators)
                || operators.size() != 1) {
            return Optional.empty();
        }
        String operator = operators.keySet().iterator().next();
        boolean known = operator.equals(IN) || operator.equals(NOT_IN);
        if (!known || !(operators.get(operator) instanceof Collection<?> values)) {
            return Optional.empty();
        }
        Set<String> strings = new HashSet<>();
        for (Object value : values) {
            if (!(value instanceof String string)) {
                return Optional.empty();
            }
            strings.add(string);
        }
        return Optional.of(new Listed(strings, operator.equals(IN)));
    }

    /** A {@code $in} (admits what is listed) or {@code $nin} (admits the rest) of strings. */
    private record Listed(Set<String> strings, boolean admitsListed) {

        StringSetCondition condition(String field, Document rest) {
            return new StringSetCondition(field, strings, admitsListed, rest);
        }
    }

    /**
     * Whether {@code document} passes this condition: TRUE or FALSE when its value is a plain string
     * or missing (which no list of strings holds), empty when the server's matcher must decide on the
     * whole query.
     */
    Optional<Boolean> admits(Document document) {
        Object value = document.getOrMissing(field);
        if (value instanceof String string) {
            return Optional.of(listed.contains(string) == admitsListed);
        }
        if (value instanceof Missing) {
            return Optional.of(!admitsListed);
        }
        return Optional.empty();
    }

    /** The query without this condition. */
    Document rest() {
        return rest;
    }
}
