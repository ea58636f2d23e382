package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketSelection.of;
import static dev.helpdesk.reporting.query.TicketSelection.within;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import dev.helpdesk.reporting.query.BacklogAges.AgeClass;
import dev.helpdesk.reporting.query.TicketFacts.SlaOutcome;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Computes the summary report from the per-ticket documents, each figure as defined in
 * docs/reports.md. Every figure selects its tickets by an indexed moment (opened, first response,
 * resolved for good, outcome of an SLA target) and adds up what each ticket's document already
 * holds; nothing is derived from events at query time.
 */
@Component
public class SummaryQuery {

    static final List<String> PRIORITIES = List.of("P1", "P2", "P3", "P4", "P5");
    /** The lifecycle order of DESIGN.md section 4, so the statuses read like the workflow. */
    public static final List<String> STATUS_ORDER = List.of("NEW", "ASSIGNED", "IN_PROGRESS", "PENDING", "RESOLVED",
            "CLOSED", "CANCELLED");

    private final ProjectionState projections;
    private final Clock clock;

    public SummaryQuery(ProjectionState projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    public ReportSummary summarize(ReportFilter filter) {
        MongoCollection<Document> tickets = projections.serving();
        TicketCounts counts = new TicketCounts(tickets);
        ReportPeriod period = filter.period();
        Instant now = clock.instant();
        Bson openedInPeriod = of(filter, within(TicketFields.OPENED_AT, period));
        Map<String, Long> byPriority = new LinkedHashMap<>();
        PRIORITIES.forEach(priority -> byPriority.put(priority, 0L));
        Map<String, Long> byStatus = new LinkedHashMap<>();
        long opened = 0;
        long backlog = 0;
        for (Document row : tickets.aggregate(List.of(Aggregates.match(openedInPeriod),
                Aggregates.group(new Document(TicketFields.PRIORITY, "$" + TicketFields.PRIORITY)
                        .append(TicketFields.STATUS, "$" + TicketFields.STATUS)
                        .append(TicketFields.OPEN, "$" + TicketFields.OPEN), Accumulators.sum("count", 1))))) {
            Document key = row.get("_id", Document.class);
            long count = row.get("count", Number.class).longValue();
            opened += count;
            if (key.getString(TicketFields.PRIORITY) != null) {
                byPriority.merge(key.getString(TicketFields.PRIORITY), count, Long::sum);
            }
            if (key.getString(TicketFields.STATUS) != null) {
                byStatus.merge(key.getString(TicketFields.STATUS), count, Long::sum);
            }
            if (Boolean.TRUE.equals(key.getBoolean(TicketFields.OPEN))) {
                backlog += count;
            }
        }
        Bson resolvedForGood = of(filter, within(TicketFields.FINAL_RESOLVED_AT, period));
        long resolvedTickets = counts.count(resolvedForGood);
        Bson rated = Filters.and(resolvedForGood, Filters.ne(TicketFields.SATISFACTION_RATING, null));
        long ratedTickets = counts.count(rated);
        return new ReportSummary(period.from(), period.to(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(),
                filter.priority(), filter.type(), now,
                opened,
                counts.momentsWithin(of(filter), TicketFields.RESOLVED_TIMES, period),
                counts.count(of(filter, within(TicketFields.CLOSED_AT, period))),
                counts.momentsWithin(of(filter), TicketFields.REOPENED_TIMES, period),
                counts.count(of(filter, within(TicketFields.CANCELLED_AT, period))),
                backlog, byPriority, inLifecycleOrder(byStatus),
                backlogAges(counts, openedInPeriod, now),
                counts.duration(of(filter, within(TicketFields.FIRST_RESPONSE_AT, period)),
                        TicketFields.FIRST_RESPONSE_SECONDS, TicketFields.FIRST_RESPONSE_BUSINESS_SECONDS),
                counts.duration(resolvedForGood, TicketFields.RESOLUTION_SECONDS,
                        TicketFields.RESOLUTION_BUSINESS_SECONDS),
                new SlaCompliance(
                        target(counts, filter, TicketFields.FIRST_RESPONSE_SLA, TicketFields.FIRST_RESPONSE_SLA_AT),
                        target(counts, filter, TicketFields.RESOLUTION_SLA, TicketFields.RESOLUTION_SLA_AT)),
                Share.of(resolvedTickets,
                        counts.count(Filters.and(resolvedForGood, Filters.eq(TicketFields.FIRST_CONTACT_RESOLUTION, true)))),
                Share.of(resolvedTickets, counts.count(Filters.and(resolvedForGood, Filters.gt(TicketFields.REOPEN_COUNT, 0)))),
                counts.momentsWithin(of(filter), TicketFields.ESCALATED_TIMES, period),
                Satisfaction.of(resolvedTickets, ratedTickets,
                        Math.round(counts.sum(rated, TicketFields.SATISFACTION_RATING))));
    }

    /** The open tickets among those selected, per age class at {@code now}. */
    private static Map<String, Long> backlogAges(TicketCounts counts, Bson selected, Instant now) {
        Map<String, Long> ages = new LinkedHashMap<>();
        for (AgeClass age : BacklogAges.CLASSES) {
            ages.put(age.label(), counts.count(Filters.and(selected, Filters.eq(TicketFields.OPEN, true),
                    BacklogAges.of(age, now))));
        }
        return ages;
    }

    private static SlaCompliance.Target target(TicketCounts counts, ReportFilter filter, String outcomeField, String settledAtField) {
        Bson settled = of(filter, within(settledAtField, filter.period()));
        return SlaCompliance.Target.of(
                counts.count(Filters.and(settled, Filters.eq(outcomeField, SlaOutcome.MET))),
                counts.count(Filters.and(settled, Filters.eq(outcomeField, SlaOutcome.BREACHED))));
    }

    /** Known statuses in workflow order, then any a newer producer added, alphabetically. */
    private static Map<String, Long> inLifecycleOrder(Map<String, Long> byStatus) {
        List<String> statuses = new ArrayList<>(byStatus.keySet());
        statuses.sort((a, b) -> {
            int rankA = rank(a);
            int rankB = rank(b);
            return rankA != rankB ? Integer.compare(rankA, rankB) : a.compareTo(b);
        });
        Map<String, Long> ordered = new LinkedHashMap<>();
        statuses.forEach(status -> ordered.put(status, byStatus.get(status)));
        return ordered;
    }

    private static int rank(String status) {
        int index = STATUS_ORDER.indexOf(status);
        return index < 0 ? STATUS_ORDER.size() : index;
    }
}
