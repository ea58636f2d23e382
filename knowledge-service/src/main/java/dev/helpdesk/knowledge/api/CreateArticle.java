package dev.helpdesk.knowledge.api;

import java.util.UUID;

/**
 * Write a new article; it starts as version 1, a draft.
 *
 * @param problemId the PROBLEM ticket a known error was drawn from, or null
 */
public record CreateArticle(
        UUID articleId,
        ArticleKind kind,
        String language,
        ArticleContent content,
        String authorId,
        String problemId) {
}
