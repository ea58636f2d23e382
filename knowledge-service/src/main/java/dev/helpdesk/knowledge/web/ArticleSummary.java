package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticleStatus;
import dev.helpdesk.knowledge.search.IndexedArticle;
import java.time.Instant;

/** An entry of the article list: the latest version for staff, the published one for readers. */
record ArticleSummary(String id, ArticleKind kind, String language, String title, ArticleStatus status, int version,
        Integer publishedVersion, Instant createdAt, Instant updatedAt, Instant publishedAt) {

    static ArticleSummary forStaff(IndexedArticle article) {
        return new ArticleSummary(article.articleId(), article.kind(), article.language(), article.title(),
                article.status(), article.version(), article.publishedVersion(), article.createdAt(),
                article.updatedAt(), article.publishedAt());
    }

    static ArticleSummary forReaders(IndexedArticle article) {
        return new ArticleSummary(article.articleId(), article.kind(), article.language(), article.published().title(),
                ArticleStatus.PUBLISHED, article.publishedVersion(), article.publishedVersion(), article.createdAt(),
                article.updatedAt(), article.publishedAt());
    }
}
