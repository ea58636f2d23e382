package dev.helpdesk.knowledge.search;

/**
 * One article a search found, best first (DESIGN.md: {@code articleId, title, snippet, score,
 * language}; {@code kind} added).
 *
 * @param snippet the passage of the body that matched best, the matched words in
 *                {@code <mark>…</mark>}, the rest HTML-escaped; the body's beginning if only the
 *                title matched
 * @param score   Lucene's relevance score: higher is better, comparable within one search only
 */
public record SearchHit(String articleId, String title, String snippet, float score, String language, String kind) {
}
