package dev.helpdesk.ticket.query;

/** Field names of the {@code ticket_queue} collection: one document per ticket, keyed by its id. */
final class TicketQueueDocuments {

    static final String COLLECTION = "ticket_queue";

    static final String ID = "_id";
    static final String NUMBER = "number";
    static final String TYPE = "type";
    static final String STATUS = "status";
    static final String PRIORITY = "priority";
    static final String GROUP_ID = "groupId";
    static final String ASSIGNEE_ID = "assigneeId";
    static final String REQUESTER_ID = "requesterId";
    static final String CHANNEL = "channel";
    static final String CATEGORY = "category";
    static final String SUBJECT = "subject";
    static final String DESCRIPTION = "description";
    static final String TAGS = "tags";
    /** The problems an incident names as its cause ({@code CAUSED_BY} links). */
    static final String PROBLEM_IDS = "problemIds";
    static final String CREATED_AT = "createdAt";
    static final String UPDATED_AT = "updatedAt";
    static final String VERSION = "version";

    private TicketQueueDocuments() {
    }
}
