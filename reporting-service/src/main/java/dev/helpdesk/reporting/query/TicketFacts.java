package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.Date;
import org.bson.Document;

/**
 * One ticket as the reports see it: a document per ticket in {@value #COLLECTION}, keyed by the
 * ticket id, holding the facts reports group and count by. Each ticket event sets the fields it
 * carries; later events add theirs ({@code groupId}, {@code assigneeId}, {@code resolvedAt},
 * {@code closedAt}...) beside these without changing how the document is written.
 *
 * @param lastSequence the aggregate sequence of the newest event applied to this document
 * @param lastEventId  the CloudEvent id of that event, to trace a figure back to its event
 */
public record TicketFacts(
        String ticketId,
        String number,
        String type,
        String channel,
        String category,
        String priority,
        String status,
        Instant openedAt,
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
    public static final String OPENED_AT = "openedAt";
    public static final String LAST_SEQUENCE = "lastSequence";
    public static final String LAST_EVENT_ID = "lastEventId";

    static TicketFacts from(Document document) {
        Date openedAt = document.getDate(OPENED_AT);
        Number lastSequence = document.get(LAST_SEQUENCE, Number.class);
        return new TicketFacts(
                document.getString(TICKET_ID),
                document.getString(NUMBER),
                document.getString(TYPE),
                document.getString(CHANNEL),
                document.getString(CATEGORY),
                document.getString(PRIORITY),
                document.getString(STATUS),
                openedAt == null ? null : openedAt.toInstant(),
                lastSequence == null ? 0 : lastSequence.longValue(),
                document.getString(LAST_EVENT_ID));
    }
}
