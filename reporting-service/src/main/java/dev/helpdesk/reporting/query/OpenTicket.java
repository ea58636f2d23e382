package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.TicketFields.*;

import java.util.Date;
import org.bson.Document;

/**
 * An open ticket as the backlog figures need it. The report cube keeps every open ticket so: the
 * backlog is what is open now, it changes with every event, and its ages are measured from the
 * moment of the report, which no time bucket can know in advance.
 *
 * @param openedAt epoch milliseconds, or null while the opened event has not arrived
 */
record OpenTicket(String ticketId, Long openedAt, String groupId, String priority, String type, String category,
        String channel, String assigneeId) {

    static OpenTicket of(Document ticket) {
        Date opened = ticket.getDate(OPENED_AT);
        return new OpenTicket(ticket.getString(TICKET_ID), opened == null ? null : opened.getTime(),
                ticket.getString(GROUP_ID), ticket.getString(PRIORITY), ticket.getString(TYPE),
                ticket.getString(CATEGORY), ticket.getString(CHANNEL), ticket.getString(ASSIGNEE_ID));
    }

    /** Selected by the filter's group, priority and type, and opened in its period. */
    boolean selectedBy(ReportFilter filter) {
        ReportPeriod period = filter.period();
        return openedAt != null && filter.selects(groupId, priority, type)
                && (period.from() == null || openedAt >= period.from().toEpochMilli())
                && (period.to() == null || openedAt < period.to().toEpochMilli());
    }

    String valueOf(BacklogDimension dimension) {
        return switch (dimension) {
            case GROUP -> groupId;
            case PRIORITY -> priority;
            case CATEGORY -> category;
            case TYPE -> type;
            case CHANNEL -> channel;
        };
    }
}
