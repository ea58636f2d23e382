package dev.helpdesk.knowledge.api;

import java.util.List;
import org.axonframework.serialization.Revision;

/** The articles found for a newly opened ticket, best first; empty when nothing matched. */
@Revision("1")
public record ArticlesSuggested(
        String ticketId,
        List<SuggestedArticle> articles) {

    public ArticlesSuggested {
        articles = articles == null ? List.of() : List.copyOf(articles);
    }
}
