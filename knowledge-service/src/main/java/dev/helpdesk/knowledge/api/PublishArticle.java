package dev.helpdesk.knowledge.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Make the version under review the one readers see. */
public record PublishArticle(
        @TargetAggregateIdentifier UUID articleId,
        Long expectedVersion) {
}
