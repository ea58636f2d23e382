package dev.helpdesk.knowledge.api;

import java.util.List;

/**
 * The languages articles are written in: each has its own analyser in the search index, so a
 * language is supported only once it has one. English is the fallback for readers of any other.
 */
public final class ArticleLanguages {

    public static final String ENGLISH = "en";
    public static final String GERMAN = "de";
    public static final List<String> SUPPORTED = List.of(ENGLISH, GERMAN);

    private ArticleLanguages() {
    }

    public static boolean isSupported(String language) {
        return language != null && SUPPORTED.contains(language);
    }
}
