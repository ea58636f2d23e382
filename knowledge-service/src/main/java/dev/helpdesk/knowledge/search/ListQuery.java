package dev.helpdesk.knowledge.search;

import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticleStatus;

/**
 * A page of articles, most recently changed first; null filters match all.
 *
 * @param readersOnly only articles readers see (a published version, not retired)
 */
public record ListQuery(ArticleStatus status, ArticleKind kind, String language, String category,
        boolean readersOnly, int page, int size) {
}
