package dev.helpdesk.deploy.mongo;

import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a query demands of one field, when the demand is simple enough to narrow the documents by
 * an index: equal to one of some values, or within a range. Only conditions that every matching
 * document must meet are taken (the field at the top level of the query or in its top-level
 * {@code $and}); the server still checks the whole query on the documents an index returns, so
 * narrowing to a superset of the matches is always correct.
 *
 * @param values the accepted values of an equality or {@code $in}, or null for a range
 */
record LeadingKeyCondition(List<Object> values, Object lower, boolean lowerInclusive, Object upper,
        boolean upperInclusive) {

    boolean isEquality() {
        return values != null;
    }

    /** The condition on {@code field} in {@code query}, or empty if there is none an index can use. */
    static Optional<LeadingKeyCondition> of(Document query, String field) {
        if (query.containsKey(field)) {
            Optional<LeadingKeyCondition> direct = ofValue(query.get(field));
            if (direct.isPresent()) {
                return direct;
            }
        }
        if (query.get("$and") instanceof Collection<?> clauses) {
            for (Object clause : clauses) {
                if (clause instanceof Document document && document.containsKey(field)) {
                    Optional<LeadingKeyCondition> nested = ofValue(document.get(field));
                    if (nested.isPresent()) {
                        return nested;
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<LeadingKeyCondition> ofValue(Object value) {
        if (value == null) {
            return Optional.empty(); // null also matches a missing field: not worth an index
        }
        if (!(value instanceof Document operators)) {
            return value instanceof Collection<?> || BsonRegularExpression.isRegularExpression(value)
                    ? Optional.empty()
                    : Optional.of(new LeadingKeyCondition(List.of(value), null, false, null, false));
        }
        if (operators.isEmpty() || !operators.keySet().stream().allMatch(key -> key.startsWith("$"))) {
            return Optional.empty(); // an embedded document to compare as a whole
        }
        Object equal = operators.get("$eq");
        if (equal != null && !(equal instanceof Collection<?>) && !(equal instanceof Document)) {
            return Optional.of(new LeadingKeyCondition(List.of(equal), null, false, null, false));
        }
        if (operators.get("$in") instanceof Collection<?> accepted && accepted.stream().allMatch(
                candidate -> candidate != null && !(candidate instanceof Collection<?>)
                        && !(candidate instanceof Document) && !BsonRegularExpression.isRegularExpression(candidate))) {
            return Optional.of(new LeadingKeyCondition(new ArrayList<>(accepted), null, false, null, false));
        }
        return range(operators);
    }

    private static Optional<LeadingKeyCondition> range(Map<String, Object> operators) {
        Object lower = null;
        boolean lowerInclusive = false;
        Object upper = null;
        boolean upperInclusive = false;
        for (Map.Entry<String, Object> operator : operators.entrySet()) {
            Object bound = operator.getValue();
            if (bound == null || bound instanceof Collection<?> || bound instanceof Document) {
                continue;
            }
            switch (operator.getKey()) {
                case "$gte", "$gt" -> {
                    if (lower == null || ValueComparator.ascWithoutListHandling().compare(bound, lower) > 0) {
                        lower = bound;
                        lowerInclusive = operator.getKey().equals("$gte");
                    }
                }
                case "$lte", "$lt" -> {
                    if (upper == null || ValueComparator.ascWithoutListHandling().compare(bound, upper) < 0) {
                        upper = bound;
                        upperInclusive = operator.getKey().equals("$lte");
                    }
                }
                default -> {
                    // other operators narrow nothing here; the server checks them on the candidates
                }
            }
        }
        return lower == null && upper == null ? Optional.empty()
                : Optional.of(new LeadingKeyCondition(null, lower, lowerInclusive, upper, upperInclusive));
    }
}
