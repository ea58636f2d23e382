package dev.helpdesk.knowledge.search;

import dev.helpdesk.knowledge.api.ArticleKind;

/**
 * A full-text search of the published articles.
 *
 * @param language the language to search in, or null for every language
 * @param kind     only articles of this kind, or null
 * @param category only articles filed under this category (any case), or null
 */
public record SearchQuery(String text, String language, ArticleKind kind, String category, int page, int size) {
}
