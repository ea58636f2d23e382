package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The counting primitives of the reports over the ticket documents: counts, sums, moments in a
 * list, and the nearest-rank percentile of a numeric field. Every one selects by an indexed moment
 * first (docs/reports.md, "How the figures are computed").
 */
final class TicketCounts {

    private static final String VALUE = "value";
    private static final String COUNT = "count";

    private final MongoCollection<Document> tickets;

    TicketCounts(MongoCollection<Document> tickets) {
        this.tickets = tickets;
    }

    long count(Bson selection) {
        return tickets.countDocuments(selection);
    }

    /** The sum of a numeric field over the selected tickets (those without it add nothing). */
    double sum(Bson selection, String field) {
        Document row = tickets.aggregate(List.of(Aggregates.match(selection),
                Aggregates.group(null, Accumulators.sum(VALUE, "$" + field)))).first();
        return row == null ? 0 : row.get(VALUE, Number.class).doubleValue();
    }

    /**
     * How many moments of a list field fall in the period over the selected tickets: a ticket
     * resolved twice in the period counts twice.
     */
    long momentsWithin(Bson selection, String listField, ReportPeriod period) {
        List<Bson> pipeline = List.of(
                Aggregates.match(Filters.and(selection, TicketSelection.anyWithin(listField, period))),
                Aggregates.unwind("$" + listField),
                Aggregates.match(TicketSelection.within(listField, period)),
                Aggregates.count(COUNT));
        Document counted = tickets.aggregate(pipeline).first();
        return counted == null ? 0 : counted.get(COUNT, Number.class).longValue();
    }

    /**
     * The 90th percentile of a numeric field over {@code count} selected tickets, by nearest rank:
     * the value at rank ceil(0.9 n) in ascending order.
     */
    Long percentile90(Bson selection, String field, long count) {
        if (count == 0) {
            return null;
        }
        long rank = (long) Math.ceil(0.9 * count);
        Document row = tickets.find(selection).sort(Sorts.ascending(field))
                .projection(Projections.include(field)).skip((int) (rank - 1)).limit(1).first();
        return row == null ? null : row.get(field, Number.class).longValue();
    }

    /**
     * count, mean and p90 of a duration field over the tickets with a value for it, and mean and
     * p90 of its business-time field over those of them that have one.
     */
    TimeFigure duration(Bson selection, String secondsField, String businessSecondsField) {
        Bson withValue = Filters.and(selection, Filters.ne(secondsField, null));
        long count = count(withValue);
        if (count == 0) {
            return TimeFigure.of(0, 0, null);
        }
        Bson withBusiness = Filters.and(withValue, Filters.ne(businessSecondsField, null));
        long businessCount = count(withBusiness);
        return TimeFigure.of(count, sum(withValue, secondsField), percentile90(withValue, secondsField, count),
                businessCount, businessCount == 0 ? 0 : sum(withBusiness, businessSecondsField),
                percentile90(withBusiness, businessSecondsField, businessCount));
    }
}
