package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;

/**
 * One ticket as the reports see it: a document per ticket in {@value #COLLECTION}, keyed by the
 * ticket id, holding the facts reports group and count by. Each ticket event sets the fields it
 * carries; the status always comes from the event, never from a state machine of our own.
 *
 * @param resolvedAt     when it was last resolved (also after a reopening), or null
 * @param resolvedTimes  every resolution, so a period counts each, even of a ticket reopened since
 * @param reopenedTimes  every reopening
 * @param reopenCount    how often it was reopened
 * @param lastSequence   the aggregate sequence of the newest event applied to this document
 * @param lastEventId    the CloudEvent id of that event, to trace a figure back to its event
 */
public record TicketFacts(
        String ticketId,
        String number,
        String type,
        String channel,
        String category,
        String priority,
        String status,
        String groupId,
        String assigneeId,
        Instant openedAt,
        Instant resolvedAt,
        String resolutionCode,
        List<Instant> resolvedTimes,
        List<Instant> reopenedTimes,
        long reopenCount,
        Instant closedAt,
        Instant cancelledAt,
        Integer satisfactionRating,
        long lastSequence,
        String lastEventId) {

    public static final String COLLECTION = "ticket_facts";

    public static final String TICKET_ID = "_id";
    public static final String NUMBER = "number";
    public static final String TYPE = "type";
    public static final String CHANNEL = "channel";
    public static final String CATEGORY = "category";
    public static final String PRIORITY = "priority";
    public static final String STATUS = "status";
    public static final String GROUP_ID = "groupId";
    public static final String ASSIGNEE_ID = "assigneeId";
    public static final String OPENED_AT = "openedAt";
    public static final String RESOLVED_AT = "resolvedAt";
    public static final String RESOLUTION_CODE = "resolutionCode";
    public static final String RESOLVED_TIMES = "resolvedTimes";
    public static final String REOPENED_TIMES = "reopenedTimes";
    public static final String REOPEN_COUNT = "reopenCount";
    public static final String CLOSED_AT = "closedAt";
    public static final String CANCELLED_AT = "cancelledAt";
    public static final String SATISFACTION_RATING = "satisfactionRating";
    public static final String LAST_SEQUENCE = "lastSequence";
    public static final String LAST_EVENT_ID = "lastEventId";

    static TicketFacts from(Document document) {
        Number lastSequence = document.get(LAST_SEQUENCE, Number.class);
        Number reopenCount = document.get(REOPEN_COUNT, Number.class);
        Number rating = document.get(SATISFACTION_RATING, Number.class);
        return new TicketFacts(
                document.getString(TICKET_ID),
                document.getString(NUMBER),
                document.getString(TYPE),
                document.getString(CHANNEL),
                document.getString(CATEGORY),
                document.getString(PRIORITY),
                document.getString(STATUS),
                document.getString(GROUP_ID),
                document.getString(ASSIGNEE_ID),
                instant(document, OPENED_AT),
                instant(document, RESOLVED_AT),
                document.getString(RESOLUTION_CODE),
                instants(document, RESOLVED_TIMES),
                instants(document, REOPENED_TIMES),
                reopenCount == null ? 0 : reopenCount.longValue(),
                instant(document, CLOSED_AT),
                instant(document, CANCELLED_AT),
                rating == null ? null : rating.intValue(),
                lastSequence == null ? 0 : lastSequence.longValue(),
                document.getString(LAST_EVENT_ID));
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? null : date.toInstant();
    }

    private static List<Instant> instants(Document document, String field) {
        List<Instant> instants = new ArrayList<>();
        for (Date date : document.getList(field, Date.class, List.of())) {
            instants.add(date.toInstant());
        }
        return List.copyOf(instants);
    }
}
