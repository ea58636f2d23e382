package dev.helpdesk.reporting.query;

/**
 * Field names of a ticket's document in {@value TicketFacts#COLLECTION}: the derived facts at the
 * top level, where reports select and add them up, and the history they are derived from under
 * {@link #HISTORY}.
 */
public final class TicketFields {

    public static final String TICKET_ID = "_id";
    /** Raised by every write; a write succeeds only on the version it read (optimistic, one document). */
    public static final String VERSION = "version";
    public static final String HISTORY = "history";
    public static final String HISTORY_EVENTS = "events";
    public static final String HISTORY_SLA = "sla";

    public static final String NUMBER = "number";
    public static final String TYPE = "type";
    public static final String CHANNEL = "channel";
    public static final String CATEGORY = "category";
    public static final String SUBJECT = "subject";
    public static final String REQUESTER_ID = "requesterId";
    public static final String ASSET_ID = "assetId";
    public static final String PRIORITY = "priority";
    public static final String STATUS = "status";
    public static final String OPEN = "open";
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
    public static final String RATED_AT = "ratedAt";
    public static final String GROUPS = "groups";
    public static final String FIRST_AGENT_ID = "firstAgentId";
    public static final String RESOLVED_BY = "resolvedBy";
    public static final String REASSIGNED = "reassigned";
    public static final String PENDED = "pended";
    public static final String FIRST_RESPONSE_AT = "firstResponseAt";
    public static final String FIRST_RESPONSE_SECONDS = "firstResponseSeconds";
    public static final String FINAL_RESOLVED_AT = "finalResolvedAt";
    public static final String RESOLUTION_SECONDS = "resolutionSeconds";
    /** The business time of the first response and of the resolution for good, from the SLA stops (D98). */
    public static final String FIRST_RESPONSE_BUSINESS_SECONDS = "firstResponseBusinessSeconds";
    public static final String RESOLUTION_BUSINESS_SECONDS = "resolutionBusinessSeconds";
    public static final String FIRST_CONTACT_RESOLUTION = "firstContactResolution";
    public static final String ESCALATED_TIMES = "escalatedTimes";
    public static final String FIRST_RESPONSE_SLA = "firstResponseSla";
    public static final String FIRST_RESPONSE_SLA_AT = "firstResponseSlaAt";
    public static final String RESOLUTION_SLA = "resolutionSla";
    public static final String RESOLUTION_SLA_AT = "resolutionSlaAt";
    public static final String SLA_WARNINGS = "slaWarnings";
    public static final String ARTICLE_RESOLUTIONS = "articleResolutions";
    public static final String ARTICLE_RESOLUTION_ARTICLE_ID = "articleId";
    public static final String ARTICLE_RESOLUTION_AT = "at";
    public static final String SLA_RISK = "slaRisk";
    public static final String SLA_RISK_TARGET = "slaRiskTarget";
    public static final String SLA_RISK_THRESHOLD = "slaRiskThreshold";
    public static final String SLA_RISK_AT = "slaRiskAt";
    public static final String LAST_SEQUENCE = "lastSequence";
    public static final String LAST_EVENT_ID = "lastEventId";

    private TicketFields() {
    }
}
