package dev.helpdesk.escalation.problems;

import java.util.Locale;
import java.util.Optional;

/**
 * What makes incidents "the same" for recurring-incident detection: the category, trimmed and
 * ignoring case, and the affected asset when the ticket names one ({@code affectedAssetId} of the
 * opened event). Incidents without a category match no pattern.
 *
 * @param category     the category as compared: trimmed, lower case
 * @param affectedItem the affected asset, or null: none given, which matches only incidents that
 *                     name none either
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
     * The affected item inside a stored key whose category is {@code category} (as the incident
     * spelled it): null for a category-only key. Exact, since the category part is known.
     */
    public static String affectedItemOf(String storedKey, String category) {
        if (storedKey == null || category == null) {
            return null;
        }
        String categoryPart = category.strip().toLowerCase(Locale.ROOT) + "|";
        return storedKey.startsWith(categoryPart) ? storedKey.substring(categoryPart.length()) : null;
    }

    /**
     * The key as stored and compared: {@code network}, or {@code network|<asset id>} with an affected
     * item, so keys stored before assets existed keep meaning "category only".
     */
    public String value() {
        return affectedItem == null ? category : category + "|" + affectedItem;
    }
}
