package dev.helpdesk.knowledge.api;

/** What sort of article it is (issue 5): a step-by-step guide, a question and answer, or a known error with its workaround. */
public enum ArticleKind {
    HOW_TO,
    FAQ,
    KNOWN_ERROR
}
