package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Computes the summary report from the per-ticket documents with one aggregation: the tickets
 * opened in the period, grouped by priority and status. The result has a few dozen rows at most
 * and is folded in {@link ReportSummary#of}. This is the one place to change when the summary
 * has to be pre-aggregated (per day and priority, say) for millions of tickets.
 */
@Component
public class TicketSummaryQuery {

    private static final String COUNT = "count";

    private final MongoCollection<Document> tickets;

    public TicketSummaryQuery(MongoDatabase reportingDatabase) {
        this.tickets = reportingDatabase.getCollection(TicketFacts.COLLECTION);
    }

    public ReportSummary summarize(ReportPeriod period) {
        List<Bson> pipeline = List.of(
                Aggregates.match(openedWithin(period)),
                Aggregates.group(new Document(TicketFacts.PRIORITY, "$" + TicketFacts.PRIORITY)
                                .append(TicketFacts.STATUS, "$" + TicketFacts.STATUS),
                        Accumulators.sum(COUNT, 1)));
        List<TicketTally> tallies = new ArrayList<>();
        for (Document row : tickets.aggregate(pipeline)) {
            Document key = row.get("_id", Document.class);
            tallies.add(new TicketTally(key.getString(TicketFacts.PRIORITY), key.getString(TicketFacts.STATUS),
                    row.get(COUNT, Number.class).longValue()));
        }
        return ReportSummary.of(period, tallies);
    }

    /**
     * A ticket belongs to a period by its opening time. A ticket whose opened event we never saw
     * (a later event arrived alone) has no opening time and is left out rather than guessed.
     */
    private static Bson openedWithin(ReportPeriod period) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.exists(TicketFacts.OPENED_AT));
        if (period.from() != null) {
            conditions.add(Filters.gte(TicketFacts.OPENED_AT, period.from()));
        }
        if (period.to() != null) {
            conditions.add(Filters.lt(TicketFacts.OPENED_AT, period.to()));
        }
        return Filters.and(conditions);
    }
}
