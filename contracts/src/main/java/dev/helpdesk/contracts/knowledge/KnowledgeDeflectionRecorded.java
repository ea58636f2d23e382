package dev.helpdesk.contracts.knowledge;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value KnowledgeEventTypes#DEFLECTION_RECORDED} event: a customer's portal
 * search that showed these articles and was not followed by a ticket of that customer within the
 * knowledge service's deflection window. One per search, recorded once the window (and a grace for
 * reading the tickets topic) is over. Its CloudEvent's {@code subject} and record key are the
 * search id, its {@code sequence} 1. The customer is not named.
 *
 * @param searchId   the search's id (a UUID of the knowledge service), also the subject and record key
 * @param articleIds the articles the search showed first (at most three), best first, each credited
 *                   with the deflection
 * @param searchedAt when the customer searched
 * @param at         when the knowledge service recorded the deflection; also the CloudEvent's time
 */
public record KnowledgeDeflectionRecorded(
        String searchId,
        List<String> articleIds,
        Instant searchedAt,
        Instant at) {
}
