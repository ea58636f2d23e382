package dev.helpdesk.knowledge.api;

import java.util.UUID;
import org.axonframework.serialization.Revision;

/** The draft of {@code version} waits for an editor. */
@Revision("1")
public record ArticleSubmittedForReview(
        UUID articleId,
        int version) {
}
