package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketFields.ARTICLE_RESOLUTIONS;
import static dev.helpdesk.reporting.query.TicketFields.ARTICLE_RESOLUTION_ARTICLE_ID;
import static dev.helpdesk.reporting.query.TicketFields.ARTICLE_RESOLUTION_AT;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Articles by the tickets resolved with them: the tickets whose resolution cited an article in the
 * period (each ticket once per article, at its first citing resolution), counted per article, most
 * first, then by article id.
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
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Document row : projections.serving().aggregate(List.of(
                Aggregates.match(TicketSelection.of(filter, cited)),
                Aggregates.unwind("$" + ARTICLE_RESOLUTIONS),
                Aggregates.match(citedWithin(period, ARTICLE_RESOLUTIONS + ".")),
                Aggregates.group("$" + ARTICLE_RESOLUTIONS + "." + ARTICLE_RESOLUTION_ARTICLE_ID,
                        Accumulators.sum(COUNT, 1)),
                Aggregates.sort(Sorts.orderBy(Sorts.descending(COUNT), Sorts.ascending("_id")))))) {
            counts.put(row.getString("_id"), row.get(COUNT, Number.class).longValue());
        }
        Map<String, Document> articles = new HashMap<>();
        if (!counts.isEmpty()) {
            projections.servingArticles().find(Filters.in("_id", counts.keySet()))
                    .projection(Projections.exclude("history"))
                    .forEach(article -> articles.put(article.getString("_id"), article));
        }
        List<KnowledgeReport.Article> items = new ArrayList<>();
        counts.forEach((articleId, count) -> {
            Document article = articles.getOrDefault(articleId, new Document());
            if (items.size() < limit
                    && (language == null || language.equals(article.getString(ArticleFactsProjection.LANGUAGE)))) {
                items.add(new KnowledgeReport.Article(articleId, article.getString(ArticleFactsProjection.TITLE),
                        article.getString(ArticleFactsProjection.LANGUAGE),
                        article.getString(ArticleFactsProjection.KIND), count, null, null, null, null));
            }
        });
        return new KnowledgeReport(period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                filter.type(), language, List.copyOf(items));
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
