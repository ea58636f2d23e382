package dev.helpdesk.knowledge.search;

import dev.helpdesk.knowledge.api.ArticleContent;
import dev.helpdesk.knowledge.api.ArticleKind;
import dev.helpdesk.knowledge.api.ArticleStatus;
import java.time.Instant;
import java.util.List;

/**
 * One article as the index keeps it: its latest version for lists, and the published version,
 * if any, for readers and search. Built by {@link ArticleSearchProjection} from the events alone.
 *
 * @param version          the latest content version
 * @param title            the latest version's title
 * @param categories       the latest version's categories
 * @param publishedVersion the version readers see, or null if none was published
 * @param published        what that version says, or null
 */
public record IndexedArticle(
        String articleId,
        ArticleKind kind,
        String language,
        ArticleStatus status,
        int version,
        String title,
        List<String> categories,
        Instant createdAt,
        Instant updatedAt,
        Integer publishedVersion,
        Instant publishedAt,
        ArticleContent published) {

    public IndexedArticle {
        categories = categories == null ? List.of() : List.copyOf(categories);
    }

    /** Readers (customers, other systems) see it: a published version, and not retired. */
    public boolean visibleToReaders() {
        return published != null && status != ArticleStatus.RETIRED;
    }

    IndexedArticle withLatest(ArticleStatus newStatus, int newVersion, ArticleContent content, Instant at) {
        return new IndexedArticle(articleId, kind, language, newStatus, newVersion, content.title(),
                content.categories(), createdAt, at, publishedVersion, publishedAt, published);
    }

    IndexedArticle withStatus(ArticleStatus newStatus, Instant at) {
        return new IndexedArticle(articleId, kind, language, newStatus, version, title, categories, createdAt, at,
                publishedVersion, publishedAt, published);
    }

    IndexedArticle withPublished(int publishedVersionNow, ArticleContent content, Instant at) {
        return new IndexedArticle(articleId, kind, language, ArticleStatus.PUBLISHED, version, title, categories,
                createdAt, at, publishedVersionNow, at, content);
    }
}
