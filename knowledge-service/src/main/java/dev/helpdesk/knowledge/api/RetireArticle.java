package dev.helpdesk.knowledge.api;

import java.util.UUID;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Withdraw the article for good. */
public record RetireArticle(
        @TargetAggregateIdentifier UUID articleId,
        Long expectedVersion,
        String reason) {
}
