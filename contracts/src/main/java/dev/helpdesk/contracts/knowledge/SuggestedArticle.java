package dev.helpdesk.contracts.knowledge;

/**
 * One article of a {@link KnowledgeArticlesSuggested}: a published article, as readers see it.
 *
 * @param kind     {@code HOW_TO}, {@code FAQ} or {@code KNOWN_ERROR}; more may be added
 * @param language ISO 639-1 code ({@code en}, {@code de})
 * @param score    the full-text relevance to the ticket's text: higher is better, comparable
 *                 within one event only
 */
public record SuggestedArticle(
        String articleId,
        String title,
        String kind,
        String language,
        double score) {
}
