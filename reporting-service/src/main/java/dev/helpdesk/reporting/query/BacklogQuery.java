package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketSelection.of;
import static dev.helpdesk.reporting.query.TicketSelection.within;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import dev.helpdesk.reporting.query.BacklogAges.AgeClass;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * The backlog by group, priority, category, type or channel: the open tickets selected (opened
 * in the period, if one is given), one group-by over the open ones and one per age class.
 */
@Component
public class BacklogQuery {

    private static final String COUNT = "count";
    private static final String OLDEST = "oldest";

    private final ProjectionState projections;
    private final Clock clock;

    public BacklogQuery(ProjectionState projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    public BacklogBreakdown breakdown(ReportFilter filter, BacklogDimension dimension) {
        MongoCollection<Document> tickets = projections.serving();
        Instant now = clock.instant();
        Bson open = openIn(filter);
        Map<String, BacklogBreakdown.Item> items = new HashMap<>();
        Map<String, Map<String, Long>> ages = new HashMap<>();
        for (Document row : tickets.aggregate(List.of(Aggregates.match(open),
                Aggregates.group("$" + dimension.field(), Accumulators.sum(COUNT, 1),
                        Accumulators.min(OLDEST, "$" + TicketFields.OPENED_AT))))) {
            String key = row.getString("_id");
            Map<String, Long> itemAges = new LinkedHashMap<>();
            BacklogAges.CLASSES.forEach(age -> itemAges.put(age.label(), 0L));
            ages.put(key, itemAges);
            Date oldest = row.getDate(OLDEST);
            items.put(key, new BacklogBreakdown.Item(key, row.get(COUNT, Number.class).longValue(),
                    oldest == null ? null : oldest.toInstant(), itemAges));
        }
        for (AgeClass age : BacklogAges.CLASSES) {
            for (Document row : tickets.aggregate(List.of(Aggregates.match(Filters.and(open, BacklogAges.of(age, now))),
                    Aggregates.group("$" + dimension.field(), Accumulators.sum(COUNT, 1))))) {
                Map<String, Long> itemAges = ages.get(row.getString("_id"));
                if (itemAges != null) {
                    itemAges.put(age.label(), row.get(COUNT, Number.class).longValue());
                }
            }
        }
        List<BacklogBreakdown.Item> sorted = new ArrayList<>(items.values());
        sorted.sort(Comparator.comparingLong(BacklogBreakdown.Item::backlog).reversed()
                .thenComparing(BacklogBreakdown.Item::key, Comparator.nullsLast(Comparator.naturalOrder())));
        long backlog = sorted.stream().mapToLong(BacklogBreakdown.Item::backlog).sum();
        ReportPeriod period = filter.period();
        return new BacklogBreakdown(dimension.parameter(), period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                filter.type(), now, backlog, sorted);
    }

    /** Open tickets of the filter opened in the period, as the summary's backlog counts them. */
    private static Bson openIn(ReportFilter filter) {
        return of(filter, Filters.eq(TicketFields.OPEN, true), within(TicketFields.OPENED_AT, filter.period()));
    }
}
