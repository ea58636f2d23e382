package dev.helpdesk.contracts.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value KnowledgeEventTypes#ARTICLES_SUGGESTED} event: the published
 * articles the knowledge service found for a newly opened ticket's subject and description, best
 * first, so that agents and the portal can offer them. One per ticket, recorded when the service read
 * the ticket's {@code opened} event; {@code articles} is empty when nothing matched. Its CloudEvent's
 * {@code subject} and record key are the ticket id, its {@code sequence} the position among the
 * knowledge service's events about that ticket (1 for this one).
 *
 * @param ticketId the ticket's UUID, also the CloudEvent's subject and the record key
 * @param articles the suggestions, best first (at most a handful)
 * @param at       when the knowledge service recorded them; also the CloudEvent's time
 */
public record KnowledgeArticlesSuggested(
        String ticketId,
        List<SuggestedArticle> articles,
        Instant at) {
}
