package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketSelection.of;
import static dev.helpdesk.reporting.query.TicketSelection.within;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.helpdesk.reporting.query.TicketFacts.SlaOutcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * The SLA targets breached in a period (settled as breached there, as {@code slaCompliance}
 * counts them), each with the ticket's circumstances at the breach ({@link BreachFactors}). Only
 * the tickets with a breach in the period are read, by the indexed moments of their outcomes.
 */
final class SlaBreachesQuery {

    private SlaBreachesQuery() {
    }

    /** @param listed how many breaches to list, the earliest first; the counts cover all */
    static SlaBreaches breaches(MongoCollection<Document> tickets, ReportFilter filter, int listed) {
        ReportPeriod period = filter.period();
        List<SlaBreach> all = new ArrayList<>();
        for (Document ticket : tickets.find(of(filter, Filters.or(
                Filters.and(Filters.eq(TicketFields.FIRST_RESPONSE_SLA, SlaOutcome.BREACHED),
                        within(TicketFields.FIRST_RESPONSE_SLA_AT, period)),
                Filters.and(Filters.eq(TicketFields.RESOLUTION_SLA, SlaOutcome.BREACHED),
                        within(TicketFields.RESOLUTION_SLA_AT, period)))))) {
            TicketHistory history = TicketDocuments.historyOf(ticket);
            TicketFacts facts = TicketFolding.fold(history);
            breach(history, facts, SlaEvent.FIRST_RESPONSE, facts.firstResponseSla(), facts.firstResponseAt(), period)
                    .ifPresent(all::add);
            breach(history, facts, SlaEvent.RESOLUTION, facts.resolutionSla(), facts.finalResolvedAt(), period)
                    .ifPresent(all::add);
        }
        all.sort(Comparator.comparing(SlaBreach::breachedAt).thenComparing(SlaBreach::ticketId)
                .thenComparing(SlaBreach::target));
        Map<String, Long> byFactor = new LinkedHashMap<>();
        BreachFactors.ALL.forEach(factor -> byFactor.put(factor, 0L));
        byFactor.put(BreachFactors.NONE_RECORDED, 0L);
        Map<String, Long> byPriority = new LinkedHashMap<>();
        SummaryQuery.PRIORITIES.forEach(priority -> byPriority.put(priority, 0L));
        long firstResponse = 0;
        for (SlaBreach breach : all) {
            if (breach.target().equals(SlaEvent.FIRST_RESPONSE)) {
                firstResponse++;
            }
            breach.factors().forEach(factor -> byFactor.merge(factor, 1L, Long::sum));
            if (breach.factors().isEmpty()) {
                byFactor.merge(BreachFactors.NONE_RECORDED, 1L, Long::sum);
            }
            if (breach.priority() != null) {
                byPriority.merge(breach.priority(), 1L, Long::sum);
            }
        }
        return new SlaBreaches(all.size(), firstResponse, all.size() - firstResponse, byFactor, byPriority,
                all.subList(0, Math.min(listed, all.size())), all.size() > listed);
    }

    private static Optional<SlaBreach> breach(TicketHistory history, TicketFacts facts, String target,
            SlaOutcome outcome, Instant metAt, ReportPeriod period) {
        if (outcome == null || !SlaOutcome.BREACHED.equals(outcome.outcome()) || !inPeriod(outcome.at(), period)) {
            return Optional.empty();
        }
        Instant breachedAt = outcome.at();
        TicketFacts then = BreachFactors.before(history, breachedAt);
        Instant met = metAt != null && !metAt.isBefore(breachedAt) ? metAt : null;
        return Optional.of(new SlaBreach(facts.ticketId(), facts.number(), target, breachedAt,
                then.priority(), then.groupId(), then.assigneeId(), facts.category(),
                BreachFactors.of(history, then, breachedAt), met,
                met == null ? null : Duration.between(breachedAt, met).getSeconds()));
    }

    private static boolean inPeriod(Instant moment, ReportPeriod period) {
        return (period.from() == null || !moment.isBefore(period.from()))
                && (period.to() == null || moment.isBefore(period.to()));
    }
}
