package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketFields.ARTICLE_RESOLUTIONS;
import static dev.helpdesk.reporting.query.TicketFields.ARTICLE_RESOLUTION_ARTICLE_ID;
import static dev.helpdesk.reporting.query.TicketFields.ARTICLE_RESOLUTION_AT;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Articles by the tickets resolved with them and by deflections: the tickets whose resolution cited
 * an article in the period (each ticket once per article, at its first citing resolution), and the
 * portal searches of the period that deflected a ticket and showed the article, counted per article;
 * most tickets first, then most deflections, then by article id. The filter's groups, priority and
 * type select tickets, so they narrow the tickets resolved, not the deflections (no ticket).
 */
@Component
public class KnowledgeQuery {

    private static final String COUNT = "count";

    private final ProjectionState projections;

    public KnowledgeQuery(ProjectionState projections) {
        this.projections = projections;
    }

    /** @param language en, de, … or null for all: only articles of that language (as the knowledge events say) */
    public KnowledgeReport articles(ReportFilter filter, String language, int limit) {
        ReportPeriod period = filter.period();
        Bson cited = Filters.elemMatch(ARTICLE_RESOLUTIONS, citedWithin(period, ""));
        Map<String, Long> resolved = new HashMap<>();
        for (Document row : projections.serving().aggregate(List.of(
                Aggregates.match(TicketSelection.of(filter, cited)),
                Aggregates.unwind("$" + ARTICLE_RESOLUTIONS),
                Aggregates.match(citedWithin(period, ARTICLE_RESOLUTIONS + ".")),
                Aggregates.group("$" + ARTICLE_RESOLUTIONS + "." + ARTICLE_RESOLUTION_ARTICLE_ID,
                        Accumulators.sum(COUNT, 1))))) {
            resolved.put(row.getString("_id"), row.get(COUNT, Number.class).longValue());
        }
        Map<String, Long> deflected = new HashMap<>();
        for (Document row : projections.servingDeflections().aggregate(List.of(
                Aggregates.match(TicketSelection.within(ArticleFactsProjection.SEARCHED_AT, period)),
                Aggregates.unwind("$" + ArticleFactsProjection.DEFLECTION_ARTICLES),
                Aggregates.group("$" + ArticleFactsProjection.DEFLECTION_ARTICLES, Accumulators.sum(COUNT, 1))))) {
            deflected.put(row.getString("_id"), row.get(COUNT, Number.class).longValue());
        }
        Set<String> articleIds = new TreeSet<>(resolved.keySet());
        articleIds.addAll(deflected.keySet());
        Map<String, Document> articles = new HashMap<>();
        if (!articleIds.isEmpty()) {
            projections.servingArticles().find(Filters.in("_id", articleIds))
                    .projection(Projections.exclude("history"))
                    .forEach(article -> articles.put(article.getString("_id"), article));
        }
        List<KnowledgeReport.Article> all = new ArrayList<>();
        for (String articleId : articleIds) {
            Document article = articles.getOrDefault(articleId, new Document());
            if (language == null || language.equals(article.getString(ArticleFactsProjection.LANGUAGE))) {
                all.add(new KnowledgeReport.Article(articleId, article.getString(ArticleFactsProjection.TITLE),
                        article.getString(ArticleFactsProjection.LANGUAGE),
                        article.getString(ArticleFactsProjection.KIND), resolved.getOrDefault(articleId, 0L),
                        deflected.getOrDefault(articleId, 0L)));
            }
        }
        all.sort(Comparator.comparingLong(KnowledgeReport.Article::ticketsResolved).reversed()
                .thenComparing(Comparator.comparingLong(KnowledgeReport.Article::deflections).reversed())
                .thenComparing(KnowledgeReport.Article::articleId));
        return new KnowledgeReport(period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                filter.type(), language, List.copyOf(all.subList(0, Math.min(limit, all.size()))));
    }

    /**
     * A citation in the period; {@code prefix} is empty inside {@code $elemMatch}, the array's name
     * after {@code $unwind}.
     */
    private static Bson citedWithin(ReportPeriod period, String prefix) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.ne(prefix + ARTICLE_RESOLUTION_ARTICLE_ID, null));
        if (period.from() != null) {
            conditions.add(Filters.gte(prefix + ARTICLE_RESOLUTION_AT, period.from()));
        }
        if (period.to() != null) {
            conditions.add(Filters.lt(prefix + ARTICLE_RESOLUTION_AT, period.to()));
        }
        return Filters.and(conditions);
    }
}
