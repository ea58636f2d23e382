package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketFields.SLA_RISK;
import static dev.helpdesk.reporting.query.TicketFields.SLA_RISK_AT;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import dev.helpdesk.reporting.query.TicketFacts.SlaRisk;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * The open tickets whose SLA is at risk now, from the risk each ticket's facts carry (derived on
 * every event, so "now" is as of the last event read): two counts and the first {@code limit}.
 */
@Component
public class SlaRiskQuery {

    private final ProjectionState projections;
    private final Clock clock;

    public SlaRiskQuery(ProjectionState projections, Clock clock) {
        this.projections = projections;
        this.clock = clock;
    }

    /** @param filter its period is ignored: this is about now */
    public SlaRiskReport atRisk(ReportFilter filter, int limit) {
        MongoCollection<Document> tickets = projections.serving();
        long breached = tickets.countDocuments(TicketSelection.of(filter, Filters.eq(SLA_RISK, SlaRisk.BREACHED)));
        long warnings = tickets.countDocuments(TicketSelection.of(filter, Filters.eq(SLA_RISK, SlaRisk.WARNING)));
        List<SlaRiskReport.Ticket> items = new ArrayList<>();
        for (String risk : List.of(SlaRisk.BREACHED, SlaRisk.WARNING)) {
            if (items.size() < limit) {
                tickets.find(TicketSelection.of(filter, Filters.eq(SLA_RISK, risk)))
                        .projection(Projections.exclude(TicketFields.HISTORY))
                        .sort(Sorts.ascending(SLA_RISK_AT, TicketFields.TICKET_ID))
                        .limit(limit - items.size())
                        .forEach(document -> items.add(item(document)));
            }
        }
        return new SlaRiskReport(clock.instant(),
                filter.groupIds() == null ? null : filter.groupIds().stream().sorted().toList(), filter.priority(),
                filter.type(), warnings, breached, List.copyOf(items));
    }

    private static SlaRiskReport.Ticket item(Document ticket) {
        Number threshold = ticket.get(TicketFields.SLA_RISK_THRESHOLD, Number.class);
        return new SlaRiskReport.Ticket(ticket.getString(TicketFields.TICKET_ID), ticket.getString(TicketFields.NUMBER),
                ticket.getString(TicketFields.SUBJECT), ticket.getString(TicketFields.PRIORITY),
                ticket.getString(TicketFields.GROUP_ID), ticket.getString(TicketFields.ASSIGNEE_ID),
                ticket.getString(TicketFields.STATUS), ticket.getString(SLA_RISK),
                ticket.getString(TicketFields.SLA_RISK_TARGET), threshold == null ? 0 : threshold.doubleValue(),
                ticket.getDate(SLA_RISK_AT).toInstant());
    }
}
