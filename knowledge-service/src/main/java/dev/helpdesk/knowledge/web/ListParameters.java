package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticleLanguages;
import dev.helpdesk.knowledge.api.ArticleStatus;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import dev.helpdesk.platform.web.ProblemDetailsAdvice;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/**
 * Checks the query parameters of the list and the search, collecting every mistake, so that a bad
 * request is one 400 naming each offending parameter and never reaches the index.
 */
final class ListParameters {

    static final int MAX_QUERY = 200;
    static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 1000;

    private final List<Map.Entry<String, String>> violations = new ArrayList<>();

    String query(String q) {
        if (q == null || q.isBlank()) {
            violations.add(Map.entry("q", "must not be blank"));
            return null;
        }
        if (q.length() > MAX_QUERY) {
            violations.add(Map.entry("q", "must be at most " + MAX_QUERY + " characters"));
            return null;
        }
        return q.strip();
    }

    String language(String lang) {
        if (lang != null && !ArticleLanguages.isSupported(lang)) {
            violations.add(Map.entry("lang", "must be one of " + ArticleLanguages.SUPPORTED));
            return null;
        }
        return lang;
    }

    ArticleKind kind(String kind) {
        return kind == null ? null : parse("kind", kind, ArticleKind.class);
    }

    ArticleStatus status(String status) {
        return status == null ? null : parse("status", status, ArticleStatus.class);
    }

    String category(String category) {
        if (category != null && (category.isBlank() || category.length() > 60)) {
            violations.add(Map.entry("category", "must be 1 to 60 characters"));
            return null;
        }
        return category;
    }

    int page(int page) {
        if (page < 0 || page > MAX_PAGE) {
            violations.add(Map.entry("page", "must be between 0 and " + MAX_PAGE));
        }
        return page;
    }

    int size(int size) {
        if (size < 1 || size > MAX_SIZE) {
            violations.add(Map.entry("size", "must be between 1 and " + MAX_SIZE));
        }
        return size;
    }

    /** Throws the 400 naming every mistake found so far, if there is one. */
    void check() {
        if (!violations.isEmpty()) {
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, ProblemDetailsAdvice.invalidFields(violations),
                    null);
        }
    }

    private <E extends Enum<E>> E parse(String name, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            violations.add(Map.entry(name, "must be one of " + Arrays.toString(type.getEnumConstants())));
            return null;
        }
    }
}
