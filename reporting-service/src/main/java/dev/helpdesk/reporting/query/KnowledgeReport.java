package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/**
 * Knowledge articles by the tickets resolved with them (the JSON of
 * {@code GET /api/v1/reports/knowledge}); definitions in docs/reports.md.
 *
 * @param ticketsResolved tickets (of the filter's groups, priority and type) that a resolution in
 *                        the period cited the article for, each ticket once per article
 */
public record KnowledgeReport(Instant from, Instant to, List<String> groupIds, String priority, String type,
        String language, List<Article> items) {

    /**
     * One article. {@code title}, {@code language} and {@code kind} come from its events on
     * helpdesk.knowledge.v1 (null until they have been read); {@code deflections}, {@code helpful},
     * {@code notHelpful} and {@code views} are always null: no event carries them (docs/reports.md,
     * "The knowledge report").
     */
    public record Article(String articleId, String title, String language, String kind, long ticketsResolved,
            Long deflections, Long helpful, Long notHelpful, Long views) {
    }
}
