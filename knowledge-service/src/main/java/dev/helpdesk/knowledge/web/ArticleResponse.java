package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticleStatus;
import dev.helpdesk.knowledge.query.ArticleState;
import dev.helpdesk.knowledge.query.ArticleVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article as DESIGN.md shapes it ({@code id, kind, language, title, body, tags, categories,
 * status, version, createdAt, updatedAt, publishedAt}), plus {@code relatedService, assetType},
 * {@code publishedVersion} (the version readers see, which an edit does not change) and
 * {@code revision} (the article's number of events: its ETag, sent back in If-Match).
 * {@code version} is the content version shown: the latest for staff, the published one for readers.
 * {@code problemId} links a known error to the PROBLEM ticket it was drawn from; staff only, as
 * readers cannot read that ticket.
 */
record ArticleResponse(UUID id, ArticleKind kind, String language, String title, String body, List<String> tags,
        List<String> categories, String relatedService, String assetType, ArticleStatus status, int version,
        Integer publishedVersion, long revision, Instant createdAt, Instant updatedAt, Instant publishedAt,
        String problemId) {

    /** The latest version, drafts included: what staff work on. */
    static ArticleResponse forStaff(ArticleState article) {
        ArticleVersion latest = article.latest();
        return of(article, latest, article.status(), article.problemId());
    }

    /** The published version only, as readers see it. */
    static ArticleResponse forReaders(ArticleState article, ArticleVersion published) {
        return of(article, published, ArticleStatus.PUBLISHED, null);
    }

    private static ArticleResponse of(ArticleState article, ArticleVersion shown, ArticleStatus status,
            String problemId) {
        ArticleContent content = shown.content();
        Instant publishedAt = article.published().map(ArticleVersion::publishedAt).orElse(null);
        return new ArticleResponse(article.id(), article.kind(), article.language(), content.title(), content.body(),
                content.tags(), content.categories(), content.relatedService(), content.assetType(), status,
                shown.version(), article.publishedVersion(), article.sequence(), article.createdAt(),
                article.updatedAt(), publishedAt, problemId);
    }
}
