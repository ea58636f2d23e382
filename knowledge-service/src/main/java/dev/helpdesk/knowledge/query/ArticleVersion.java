package dev.helpdesk.knowledge.query;

import dev.helpdesk.knowledge.api.ArticleContent;
import java.time.Instant;

/**
 * One content version of an article, as its event recorded it.
 *
 * @param authorId    who wrote it (the subject of their token)
 * @param createdAt   when it was stored
 * @param diffSummary what changed against the version before, in words
 * @param publishedAt when it was published, or null if it never was
 */
public record ArticleVersion(int version, String authorId, Instant createdAt, String diffSummary,
        ArticleContent content, Instant publishedAt) {

    ArticleVersion publishedAt(Instant at) {
        return new ArticleVersion(version, authorId, createdAt, diffSummary, content, at);
    }
}
