package dev.helpdesk.knowledge.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * The article was edited: {@code version} is the new content version, a draft, with the whole
 * content (not a delta), so any version can be read back from its one event.
 */
@Revision("1")
public record ArticleUpdated(
        UUID articleId,
        int version,
        ArticleContent content,
        String authorId) {
}
