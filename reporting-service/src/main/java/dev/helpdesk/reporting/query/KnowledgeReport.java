package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/**
 * Knowledge articles by the tickets resolved with them (the JSON of
 * {@code GET /api/v1/reports/knowledge}); definitions in docs/reports.md.
 *
 * @param items           articles cited by a resolution or credited with a deflection in the period
 */
public record KnowledgeReport(Instant from, Instant to, List<String> groupIds, String priority, String type,
        String language, List<Article> items) {

    /**
     * One article. {@code title}, {@code language} and {@code kind} come from its events on
     * helpdesk.knowledge.v1 (null until they have been read); {@code deflections} from the
     * deflection events there. Helpful votes and views are not here: no event carries them
     * (decision D93); the knowledge service shows them per article.
     */
    public record Article(String articleId, String title, String language, String kind, long ticketsResolved,
            long deflections) {
    }
}
