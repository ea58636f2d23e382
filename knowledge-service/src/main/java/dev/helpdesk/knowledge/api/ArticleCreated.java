package dev.helpdesk.knowledge.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** A new article, version 1, a draft. When and through which request are in the message. */
@Revision("1")
public record ArticleCreated(
        UUID articleId,
        ArticleKind kind,
        String language,
        ArticleContent content,
        String authorId) {
}
