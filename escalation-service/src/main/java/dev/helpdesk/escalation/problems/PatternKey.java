package dev.helpdesk.escalation.problems;

import java.util.Locale;
import java.util.Optional;

/**
 * What makes incidents "the same" for recurring-incident detection: the category, trimmed and
 * ignoring case, and, once ticket events carry one, the affected asset or service (customer issue
 * 6). Incidents without a category match no pattern.
 *
 * @param category     the category as compared: trimmed, lower case
 * @param affectedItem the affected asset or service, or null: none given (so far always), which
 *                     matches only incidents that name none either
 */
public record PatternKey(String category, String affectedItem) {

    public PatternKey {
        if (category == null || category.isBlank()) {
            throw new IllegalArgumentException("a pattern needs a category");
        }
    }

    /** The pattern of an incident with this category and affected item; none without a category. */
    public static Optional<PatternKey> of(String category, String affectedItem) {
        if (category == null || category.isBlank()) {
            return Optional.empty();
        }
        String item = affectedItem == null || affectedItem.isBlank() ? null : affectedItem.strip();
        return Optional.of(new PatternKey(category.strip().toLowerCase(Locale.ROOT), item));
    }

    /**
     * The key as stored and compared: {@code network}, or {@code network|<asset id>} with an affected
     * item, so keys stored before assets existed keep meaning "category only".
     */
    public String value() {
        return affectedItem == null ? category : category + "|" + affectedItem;
    }
}
