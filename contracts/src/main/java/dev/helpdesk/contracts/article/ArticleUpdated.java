package dev.helpdesk.contracts.article;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value ArticleEventTypes#UPDATED} event: the article was edited, which
 * makes a new content version, a draft. A published version stays what readers see until the new
 * one is published. Without the body, like {@link ArticleCreated}.
 *
 * @param status  the article's status after the event: {@code DRAFT}
 * @param version the new content version
 * @param by      the subject of the token that edited it, or null when not known
 * @param at      when the knowledge service accepted the event; also the CloudEvent's time
 */
public record ArticleUpdated(
        String articleId,
        String status,
        int version,
        String title,
        List<String> tags,
        List<String> categories,
        String relatedService,
        String assetType,
        String by,
        Instant at) {
}
