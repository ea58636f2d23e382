package dev.helpdesk.knowledge.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The article is withdrawn for good. */
@Revision("1")
public record ArticleRetired(
        UUID articleId,
        String reason) {
}
