package dev.helpdesk.knowledge.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record the articles found for a newly opened ticket. A ticket gets its suggestions once: a
 * repeat (the same opened event read again) records nothing.
 */
public record SuggestArticles(
        @TargetAggregateIdentifier String ticketId,
        List<SuggestedArticle> articles) {

    public SuggestArticles {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
