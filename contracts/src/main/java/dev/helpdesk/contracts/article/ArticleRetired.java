package dev.helpdesk.contracts.article;

import java.time.Instant;

/**
 * The {@code data} of a {@value ArticleEventTypes#RETIRED} event: the article is withdrawn for
 * good; readers and search no longer see it, and it cannot be edited again.
 *
 * @param status the article's status after the event: {@code RETIRED}
 * @param reason why, as the editor wrote it, or null
 * @param by     the subject of the token of the editor who retired it, or null when not known
 * @param at     when the knowledge service accepted the event; also the CloudEvent's time
 */
public record ArticleRetired(
        String articleId,
        String status,
        String reason,
        String by,
        Instant at) {
}
