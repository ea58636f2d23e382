package dev.helpdesk.knowledge.api;

import java.util.UUID;

/** Write a new article; it starts as version 1, a draft. */
public record CreateArticle(
        UUID articleId,
        ArticleKind kind,
        String language,
        ArticleContent content,
        String authorId) {
}
