package dev.helpdesk.knowledge.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Hand the latest draft to an editor for publishing. */
public record SubmitArticleForReview(
        @TargetAggregateIdentifier UUID articleId,
        Long expectedVersion) {
}
