package dev.helpdesk.contracts.article;

import java.time.Instant;

/**
 * The {@code data} of a {@value ArticleEventTypes#SUBMITTED_FOR_REVIEW} event: the draft of the
 * given version waits for an editor to publish it.
 *
 * @param status  the article's status after the event: {@code IN_REVIEW}
 * @param version the content version under review
 * @param by      the subject of the token that submitted it, or null when not known
 * @param at      when the knowledge service accepted the event; also the CloudEvent's time
 */
public record ArticleSubmittedForReview(
        String articleId,
        String status,
        int version,
        String by,
        Instant at) {
}
