package dev.helpdesk.knowledge.api;

import java.util.List;
import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Edit the article, making a new version; a null field stays as it is in the latest version. */
public record UpdateArticle(
        @TargetAggregateIdentifier UUID articleId,
        Long expectedVersion,
        String title,
        String body,
        List<String> tags,
        List<String> categories,
        String relatedService,
        String assetType,
        String authorId) {
}
