package dev.helpdesk.knowledge.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/**
 * A new article, version 1, a draft. When and through which request are in the message.
 *
 * @param problemId the PROBLEM ticket a known error was drawn from, or null (added after revision 1
 *                  was first stored: events stored before it read as null, so no upcaster is needed)
 */
@Revision("1")
public record ArticleCreated(
        UUID articleId,
        ArticleKind kind,
        String language,
        ArticleContent content,
        String authorId,
        String problemId) {
}
