package dev.helpdesk.knowledge.web;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.query.ArticleVersion;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The versions of an article: a list entry, and one version in full. */
final class VersionResponses {

    private VersionResponses() {
    }

    /** An entry of {@code GET /articles/{id}/versions}. */
    record Entry(int version, String title, String authorId, Instant createdAt, String diffSummary,
            Instant publishedAt) {

        static Entry of(ArticleVersion version) {
            return new Entry(version.version(), version.content().title(), version.authorId(), version.createdAt(),
                    version.diffSummary(), version.publishedAt());
        }
    }

    /** {@code GET /articles/{id}/versions}: {@code {articleId, items, page, size, total}}, oldest first. */
    record Listing(UUID articleId, List<Entry> items, int page, int size, long total) {
    }

    /** {@code GET /articles/{id}/versions/{n}}: what that version said, whatever came after it. */
    record Full(UUID articleId, int version, String title, String body, List<String> tags, List<String> categories,
            String relatedService, String assetType, String authorId, Instant createdAt, String diffSummary,
            Instant publishedAt) {

        static Full of(UUID articleId, ArticleVersion version) {
            ArticleContent content = version.content();
            return new Full(articleId, version.version(), content.title(), content.body(), content.tags(),
                    content.categories(), content.relatedService(), content.assetType(), version.authorId(),
                    version.createdAt(), version.diffSummary(), version.publishedAt());
        }
    }
}
