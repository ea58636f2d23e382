package dev.helpdesk.knowledge.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * {@code version} is now the one readers see. It carries the published content, kind and
 * language, so that the search index and the Kafka publisher need no earlier event to act on it.
 */
@Revision("1")
public record ArticlePublished(
        UUID articleId,
        int version,
        ArticleKind kind,
        String language,
        ArticleContent content) {
}
