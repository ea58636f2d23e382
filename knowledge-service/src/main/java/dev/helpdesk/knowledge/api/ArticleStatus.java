package dev.helpdesk.knowledge.api;

/**
 * Where an article is in its workflow: DRAFT → IN_REVIEW → PUBLISHED → RETIRED. Editing makes a
 * new version, a DRAFT again, while an earlier published version stays what readers see.
 */
public enum ArticleStatus {
    DRAFT,
    IN_REVIEW,
    PUBLISHED,
    RETIRED
}
