package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketSelection.of;
import static dev.helpdesk.reporting.query.TicketSelection.within;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Per agent: the open tickets assigned to them now (of those opened in the period, as the
 * summary's backlog), and of the tickets they resolved for good in
 * the period how many, how fast (median) and how well rated. Two group-bys: one over the open
 * tickets by assignee, one over the period's resolutions by resolver.
 */
@Component
public class AgentsQuery {

    private static final String COUNT = "count";
    private static final String SECONDS = "seconds";
    private static final String RATINGS = "ratings";

    private final ProjectionState projections;

    public AgentsQuery(ProjectionState projections) {
        this.projections = projections;
    }

    public AgentsReport agents(ReportFilter filter) {
        MongoCollection<Document> tickets = projections.serving();
        Map<String, Long> openLoad = new TreeMap<>();
        for (Document row : tickets.aggregate(List.of(
                Aggregates.match(of(filter, Filters.eq(TicketFields.OPEN, true), Filters.ne(TicketFields.ASSIGNEE_ID, null),
                        within(TicketFields.OPENED_AT, filter.period()))),
                Aggregates.group("$" + TicketFields.ASSIGNEE_ID, Accumulators.sum(COUNT, 1))))) {
            openLoad.put(row.getString("_id"), row.get(COUNT, Number.class).longValue());
        }
        Map<String, AgentsReport.Agent> agents = new TreeMap<>();
        for (Document row : tickets.aggregate(List.of(
                Aggregates.match(of(filter, within(TicketFields.FINAL_RESOLVED_AT, filter.period()),
                        Filters.ne(TicketFields.RESOLVED_BY, null))),
                Aggregates.group("$" + TicketFields.RESOLVED_BY, Accumulators.sum(COUNT, 1),
                        Accumulators.push(SECONDS, "$" + TicketFields.RESOLUTION_SECONDS),
                        Accumulators.push(RATINGS, "$" + TicketFields.SATISFACTION_RATING))))) {
            String agentId = row.getString("_id");
            List<Long> seconds = numbers(row.getList(SECONDS, Object.class));
            List<Long> ratings = numbers(row.getList(RATINGS, Object.class));
            long ratingSum = ratings.stream().mapToLong(Long::longValue).sum();
            agents.put(agentId, new AgentsReport.Agent(agentId, openLoad.getOrDefault(agentId, 0L),
                    row.get(COUNT, Number.class).longValue(), lowerMedian(seconds), ratings.size(),
                    Figures.mean(ratingSum, ratings.size())));
        }
        openLoad.forEach((agentId, load) -> agents.putIfAbsent(agentId,
                new AgentsReport.Agent(agentId, load, 0, null, 0, null)));
        ReportPeriod period = filter.period();
        return new AgentsReport(period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                filter.type(), List.copyOf(agents.values()));
    }

    /** The values that are numbers (a ticket without a rating pushes null, or nothing). */
    private static List<Long> numbers(List<Object> values) {
        List<Long> numbers = new ArrayList<>();
        if (values != null) {
            for (Object value : values) {
                if (value instanceof Number number) {
                    numbers.add(number.longValue());
                }
            }
        }
        return numbers;
    }

    /** The value at rank ceil(n / 2) in ascending order; null for none. */
    static Long lowerMedian(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get((sorted.size() + 1) / 2 - 1);
    }
}
