package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketSelection.of;
import static dev.helpdesk.reporting.query.TicketSelection.within;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The backlog at a past moment {@code t}: the selected tickets opened before {@code t} that were
 * open at {@code t} (not resolved, closed or cancelled then). A ticket that has not left or
 * re-entered the backlog since {@code t} is as it is now, so those are one count of the open ones;
 * only the tickets resolved, reopened or cancelled at or after {@code t} are read, and each is
 * judged from its moments: cancelled before {@code t}, or resolved more often than reopened
 * before {@code t} (resolutions and reopenings alternate), means out of the backlog then. Closing
 * follows a resolution (DESIGN.md section 4), so it never moves a ticket out of the backlog.
 * The cost follows the open tickets and those changed since {@code t}, not the whole history.
 */
final class BacklogAt {

    private BacklogAt() {
    }

    static long count(MongoCollection<Document> tickets, ReportFilter filter, Instant t) {
        Bson openedBefore = of(filter, within(TicketFields.OPENED_AT, new ReportPeriod(null, t)));
        Bson changedSince = Filters.or(
                Filters.elemMatch(TicketFields.RESOLVED_TIMES, new Document("$gte", t)),
                Filters.elemMatch(TicketFields.REOPENED_TIMES, new Document("$gte", t)),
                Filters.gte(TicketFields.CANCELLED_AT, t));
        long unchangedOpen = tickets.countDocuments(Filters.and(openedBefore, Filters.eq(TicketFields.OPEN, true),
                Filters.nor(changedSince)));
        long changedButOpenThen = 0;
        for (Document ticket : tickets.find(Filters.and(openedBefore, changedSince)).projection(Projections.include(
                TicketFields.RESOLVED_TIMES, TicketFields.REOPENED_TIMES, TicketFields.CANCELLED_AT))) {
            if (openAt(ticket, t)) {
                changedButOpenThen++;
            }
        }
        return unchangedOpen + changedButOpenThen;
    }

    private static boolean openAt(Document ticket, Instant t) {
        Date cancelledAt = ticket.getDate(TicketFields.CANCELLED_AT);
        if (cancelledAt != null && cancelledAt.toInstant().isBefore(t)) {
            return false;
        }
        return before(ticket, TicketFields.RESOLVED_TIMES, t) <= before(ticket, TicketFields.REOPENED_TIMES, t);
    }

    private static long before(Document ticket, String listField, Instant t) {
        return ticket.getList(listField, Date.class, List.of()).stream().filter(at -> at.toInstant().isBefore(t))
                .count();
    }
}
