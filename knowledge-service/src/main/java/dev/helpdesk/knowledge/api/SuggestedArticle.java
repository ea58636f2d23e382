package dev.helpdesk.knowledge.api;

import java.util.UUID;

/** A published article found for a ticket's text, with its relevance (higher is better). */
public record SuggestedArticle(UUID articleId, String title, ArticleKind kind, String language, double score) {
}
