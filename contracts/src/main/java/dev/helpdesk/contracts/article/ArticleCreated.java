package dev.helpdesk.contracts.article;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value ArticleEventTypes#CREATED} event: a new article, as its first
 * draft (version 1). A draft's body is not published: the topic is read outside the desk and kept
 * for ever, and a draft is not yet fit to be read there; the body arrives with
 * {@value ArticleEventTypes#PUBLISHED}.
 *
 * @param kind           {@code HOW_TO}, {@code FAQ} or {@code KNOWN_ERROR}
 * @param language       ISO 639-1 code ({@code en}, {@code de})
 * @param status         the article's status after the event: {@code DRAFT}
 * @param version        the article's content version this event made: 1
 * @param relatedService the IT service the article is about, or null
 * @param assetType      the type of asset the article is about (laptop, printer...), or null
 * @param by             the subject of the token that created it (its author), or null when not known
 * @param at             when the knowledge service accepted the event; also the CloudEvent's time
 * @param problemId      for a known error drawn from a resolved problem, that PROBLEM ticket's id; else null
 */
public record ArticleCreated(
        String articleId,
        String kind,
        String language,
        String status,
        int version,
        String title,
        List<String> tags,
        List<String> categories,
        String relatedService,
        String assetType,
        String by,
        Instant at,
        String problemId) {

    /** An article not drawn from a problem. */
    public ArticleCreated(String articleId, String kind, String language, String status, int version, String title,
            List<String> tags, List<String> categories, String relatedService, String assetType, String by,
            Instant at) {
        this(articleId, kind, language, status, version, title, tags, categories, relatedService, assetType, by, at,
                null);
    }
}
