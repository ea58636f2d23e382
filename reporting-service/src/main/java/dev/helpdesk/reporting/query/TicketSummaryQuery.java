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
 * Computes the summary report from the per-ticket documents: one aggregation for the tickets
 * opened in the period, grouped by priority and status (a few dozen rows at most, folded in
 * {@link ReportSummary#of}), and one count per kind of lifecycle event in the period. This is the
 * one place to change when the summary has to be pre-aggregated (per day and priority, say) for
 * millions of tickets.
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
                Aggregates.match(within(TicketFacts.OPENED_AT, period)),
                Aggregates.group(new Document(TicketFacts.PRIORITY, "$" + TicketFacts.PRIORITY)
                                .append(TicketFacts.STATUS, "$" + TicketFacts.STATUS),
                        Accumulators.sum(COUNT, 1)));
        List<TicketTally> tallies = new ArrayList<>();
        for (Document row : tickets.aggregate(pipeline)) {
            Document key = row.get("_id", Document.class);
            tallies.add(new TicketTally(key.getString(TicketFacts.PRIORITY), key.getString(TicketFacts.STATUS),
                    row.get(COUNT, Number.class).longValue()));
        }
        LifecycleCounts happened = new LifecycleCounts(
                countTimesWithin(TicketFacts.RESOLVED_TIMES, period),
                tickets.countDocuments(within(TicketFacts.CLOSED_AT, period)),
                countTimesWithin(TicketFacts.REOPENED_TIMES, period),
                tickets.countDocuments(within(TicketFacts.CANCELLED_AT, period)));
        return ReportSummary.of(period, tallies, happened);
    }

    /**
     * How many of the moments in a list field fall in the period, over all tickets. A ticket can
     * be resolved or reopened more than once, so these are counted per moment, not per ticket.
     */
    private long countTimesWithin(String listField, ReportPeriod period) {
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.exists(listField)),
                Aggregates.unwind("$" + listField),
                Aggregates.match(within(listField, period)),
                Aggregates.count(COUNT));
        Document counted = tickets.aggregate(pipeline).first();
        return counted == null ? 0 : counted.get(COUNT, Number.class).longValue();
    }

    /**
     * The moment in {@code field} is in the period: at or after {@code from}, before {@code to}.
     * A ticket without that moment (for {@code openedAt}: one whose opened event we never saw, as
     * a later event arrived alone) is left out rather than guessed.
     */
    private static Bson within(String field, ReportPeriod period) {
        List<Bson> conditions = new ArrayList<>();
        conditions.add(Filters.exists(field));
        conditions.add(Filters.ne(field, null));
        if (period.from() != null) {
            conditions.add(Filters.gte(field, period.from()));
        }
        if (period.to() != null) {
            conditions.add(Filters.lt(field, period.to()));
        }
        return Filters.and(conditions);
    }
}
