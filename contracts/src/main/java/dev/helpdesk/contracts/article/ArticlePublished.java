package dev.helpdesk.contracts.article;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value ArticleEventTypes#PUBLISHED} event: this version is now the one
 * readers see and search finds, in full, so that a consumer (a portal, a chatbot, a search
 * engine) needs nothing else. It replaces any version published before.
 *
 * @param kind           {@code HOW_TO}, {@code FAQ} or {@code KNOWN_ERROR}
 * @param language       ISO 639-1 code ({@code en}, {@code de})
 * @param status         the article's status after the event: {@code PUBLISHED}
 * @param version        the content version now published
 * @param body           Markdown
 * @param relatedService the IT service the article is about, or null
 * @param assetType      the type of asset the article is about, or null
 * @param by             the subject of the token of the editor who published it, or null when not known
 * @param at             when the knowledge service accepted the event; also the CloudEvent's time
 */
public record ArticlePublished(
        String articleId,
        String kind,
        String language,
        String status,
        int version,
        String title,
        String body,
        List<String> tags,
        List<String> categories,
        String relatedService,
        String assetType,
        String by,
        Instant at) {
}
