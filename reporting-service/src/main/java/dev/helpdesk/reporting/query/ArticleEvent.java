package dev.helpdesk.reporting.query;

import java.util.Objects;

/**
 * One event of a knowledge article (helpdesk.knowledge.v1) as the knowledge report keeps it: its
 * place in the article's stream and what it says of the article's title, language, kind and status.
 *
 * @param published whether it is a {@code published} event, whose title is the one readers see
 * @param title     the title it carries (created, updated, published), else null
 * @param language  en, de, … (created, published), else null
 * @param kind      HOW_TO, FAQ, KNOWN_ERROR (created, published), else null
 */
public record ArticleEvent(String articleId, String eventId, long sequence, boolean published, String status,
        String title, String language, String kind) {

    public ArticleEvent {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(eventId, "eventId");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
    }
}
