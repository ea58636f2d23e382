package dev.helpdesk.knowledge.command;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleLanguages;
import dev.helpdesk.knowledge.api.CreateArticle;
import dev.helpdesk.knowledge.api.InvalidArticleCommand;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What an article's content must be, checked in the aggregate so that no path around the HTTP
 * layer (the seeder, a future importer) can store an article the search and the readers choke on.
 */
final class ArticleRules {

    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 100_000;
    static final int MAX_LABELS = 20;
    static final int MAX_LABEL = 60;
    static final int MAX_REFERENCE = 100;
    static final int MAX_REASON = 1000;

    private ArticleRules() {
    }

    static void requireCreatable(CreateArticle command) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (command.articleId() == null) {
            violations.add(Map.entry("id", "is required"));
        }
        if (command.kind() == null) {
            violations.add(Map.entry("kind", "is required"));
        }
        if (!ArticleLanguages.isSupported(command.language())) {
            violations.add(Map.entry("language", "must be one of " + ArticleLanguages.SUPPORTED));
        }
        if (command.content() == null) {
            violations.add(Map.entry("title", "is required"));
        } else {
            checkContent(command.content(), violations);
        }
        if (!violations.isEmpty()) {
            throw new InvalidArticleCommand(violations);
        }
    }

    static void requireValid(ArticleContent content) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        checkContent(content, violations);
        if (!violations.isEmpty()) {
            throw new InvalidArticleCommand(violations);
        }
    }

    static void requireValidReason(String reason) {
        if (reason != null && reason.strip().length() > MAX_REASON) {
            throw new InvalidArticleCommand(List.of(Map.entry("reason", "must be at most " + MAX_REASON + " characters")));
        }
    }

    /** Titles stripped, labels trimmed, lower-cased (tags) and without repeats, blanks as null. */
    static ArticleContent clean(ArticleContent content) {
        return new ArticleContent(content.title().strip(), content.body(), labels(content.tags(), true),
                labels(content.categories(), false), blankToNull(content.relatedService()),
                blankToNull(content.assetType()));
    }

    private static void checkContent(ArticleContent content, List<Map.Entry<String, String>> violations) {
        if (content.title() == null || content.title().isBlank()) {
            violations.add(Map.entry("title", "must not be blank"));
        } else if (content.title().strip().length() > MAX_TITLE) {
            violations.add(Map.entry("title", "must be at most " + MAX_TITLE + " characters"));
        }
        if (content.body() == null || content.body().isBlank()) {
            violations.add(Map.entry("body", "must not be blank"));
        } else if (content.body().length() > MAX_BODY) {
            violations.add(Map.entry("body", "must be at most " + MAX_BODY + " characters"));
        }
        checkLabels("tags", content.tags(), violations);
        checkLabels("categories", content.categories(), violations);
        checkReference("relatedService", content.relatedService(), violations);
        checkReference("assetType", content.assetType(), violations);
    }

    private static void checkLabels(String field, List<String> labels, List<Map.Entry<String, String>> violations) {
        if (labels.size() > MAX_LABELS) {
            violations.add(Map.entry(field, "must have at most " + MAX_LABELS + " entries"));
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (label == null || label.isBlank() || label.strip().length() > MAX_LABEL) {
                violations.add(Map.entry(field + "[" + i + "]", "must be 1 to " + MAX_LABEL + " characters"));
            }
        }
    }

    private static void checkReference(String field, String value, List<Map.Entry<String, String>> violations) {
        if (value != null && value.strip().length() > MAX_REFERENCE) {
            violations.add(Map.entry(field, "must be at most " + MAX_REFERENCE + " characters"));
        }
    }

    private static List<String> labels(List<String> labels, boolean lowerCase) {
        Set<String> cleaned = new LinkedHashSet<>();
        for (String label : labels) {
            String trimmed = label.strip();
            cleaned.add(lowerCase ? trimmed.toLowerCase(Locale.ROOT) : trimmed);
        }
        return List.copyOf(cleaned);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
