package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketSelection.of;
import static dev.helpdesk.reporting.query.TicketSelection.within;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Recurring incidents: per category (as the ticket is filed now), the INCIDENT tickets opened in
 * the period and in the period of the same length before it, top {@code limit} by the period's
 * count, and likewise per affected asset. The filter's type is ignored: this report is about incidents.
 */
@Component
public class RecurringQuery {

    private static final String COUNT = "count";

    private final ProjectionState projections;

    public RecurringQuery(ProjectionState projections) {
        this.projections = projections;
    }

    /** @param filter its period must have both ends: the trend compares it with the one before */
    public RecurringReport recurring(ReportFilter filter, int limit) {
        ReportPeriod period = filter.period();
        if (period.from() == null || period.to() == null) {
            throw new IllegalArgumentException("a recurring-incidents report needs a bounded period");
        }
        ReportFilter incidents = new ReportFilter(period, filter.groupIds(), filter.priority(), "INCIDENT");
        Instant previousFrom = period.from().minus(Duration.between(period.from(), period.to()));
        MongoCollection<Document> tickets = projections.serving();
        ReportPeriod before = new ReportPeriod(previousFrom, period.from());
        Map<String, Long> now = per(TicketFields.CATEGORY, tickets, of(incidents), period);
        Map<String, Long> earlier = per(TicketFields.CATEGORY, tickets, of(incidents), before);
        List<RecurringReport.Category> categories = new ArrayList<>();
        now.forEach((category, count) -> categories.add(
                RecurringReport.Category.of(category, count, earlier.getOrDefault(category, 0L))));
        categories.sort(Comparator.comparingLong(RecurringReport.Category::incidents).reversed()
                .thenComparing(RecurringReport.Category::category, Comparator.nullsLast(Comparator.naturalOrder())));
        Bson withAsset = of(incidents, Filters.ne(TicketFields.ASSET_ID, null));
        Map<String, Long> assetsNow = per(TicketFields.ASSET_ID, tickets, withAsset, period);
        Map<String, Long> assetsEarlier = per(TicketFields.ASSET_ID, tickets, withAsset, before);
        List<RecurringReport.Asset> assets = new ArrayList<>();
        assetsNow.forEach((asset, count) -> assets.add(
                RecurringReport.Asset.of(asset, count, assetsEarlier.getOrDefault(asset, 0L))));
        assets.sort(Comparator.comparingLong(RecurringReport.Asset::incidents).reversed()
                .thenComparing(RecurringReport.Asset::assetId));
        return new RecurringReport(period.from(), period.to(), previousFrom,
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                List.copyOf(categories.subList(0, Math.min(limit, categories.size()))),
                List.copyOf(assets.subList(0, Math.min(limit, assets.size()))));
    }

    /** Tickets opened in the period per value of {@code field}. */
    private static Map<String, Long> per(String field, MongoCollection<Document> tickets, Bson selection,
            ReportPeriod period) {
        Map<String, Long> counts = new HashMap<>();
        for (Document row : tickets.aggregate(List.of(
                Aggregates.match(Filters.and(selection, within(TicketFields.OPENED_AT, period))),
                Aggregates.group("$" + field, Accumulators.sum(COUNT, 1))))) {
            counts.put(row.getString("_id"), row.get(COUNT, Number.class).longValue());
        }
        return counts;
    }
}
