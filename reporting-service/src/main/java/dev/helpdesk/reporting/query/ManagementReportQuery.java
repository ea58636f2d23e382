package dev.helpdesk.reporting.query;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Component;

/**
 * Puts the weekly management report together from the queries the other reports use: the
 * summary over each of the two weeks, the recurring incidents of the week against the one before,
 * plus the backlog at each week's end, the week's SLA breaches and its opened problems, each read
 * by an indexed moment. About thirty queries in all, none of them a scan of the whole history.
 */
@Component
public class ManagementReportQuery {

    /** The report lists this many of each (breaches, problems, categories, assets); counts cover all. */
    public static final int LISTED = 50;
    public static final int TOP_RECURRING = 10;

    private final ProjectionState projections;
    private final SummaryQuery summary;
    private final RecurringQuery recurring;
    private final Clock clock;

    public ManagementReportQuery(ProjectionState projections, SummaryQuery summary, RecurringQuery recurring,
            Clock clock) {
        this.projections = projections;
        this.summary = summary;
        this.recurring = recurring;
        this.clock = clock;
    }

    /** @param groupIds the groups the report is limited to, or null for all tickets */
    public ManagementReport report(IsoWeek week, Set<String> groupIds) {
        Instant now = clock.instant();
        MongoCollection<Document> tickets = projections.serving();
        IsoWeek previousWeek = week.previous();
        ReportFilter thisWeek = new ReportFilter(week.period(), groupIds, null, null);
        ReportFilter weekBefore = new ReportFilter(previousWeek.period(), groupIds, null, null);
        return new ManagementReport(week.toString(), week.from(), week.to(), previousWeek.toString(),
                groupIds == null ? null : groupIds.stream().sorted().toList(), now, !week.to().isAfter(now),
                WeekFigures.of(summary.summarize(thisWeek), BacklogAt.count(tickets, thisWeek, week.to())),
                WeekFigures.of(summary.summarize(weekBefore), BacklogAt.count(tickets, weekBefore, previousWeek.to())),
                SlaBreachesQuery.breaches(tickets, thisWeek, LISTED),
                recurring.recurring(thisWeek, TOP_RECURRING),
                problems(tickets, thisWeek));
    }

    private static OpenedProblems problems(MongoCollection<Document> tickets, ReportFilter week) {
        Bson selection = TicketSelection.of(new ReportFilter(week.period(), week.groupIds(), null, "PROBLEM"),
                TicketSelection.within(TicketFields.OPENED_AT, week.period()));
        long count = tickets.countDocuments(selection);
        List<OpenedProblems.Problem> items = new ArrayList<>();
        for (Document problem : tickets.find(selection).projection(Projections.exclude(TicketFields.HISTORY))
                .sort(Sorts.ascending(TicketFields.OPENED_AT)).limit(LISTED)) {
            Date openedAt = problem.getDate(TicketFields.OPENED_AT);
            items.add(new OpenedProblems.Problem(problem.getString(TicketFields.TICKET_ID),
                    problem.getString(TicketFields.NUMBER), problem.getString(TicketFields.SUBJECT),
                    problem.getString(TicketFields.CATEGORY), problem.getString(TicketFields.PRIORITY),
                    problem.getString(TicketFields.STATUS), problem.getString(TicketFields.GROUP_ID),
                    openedAt == null ? null : openedAt.toInstant()));
        }
        return new OpenedProblems(count, items, count > items.size());
    }
}
