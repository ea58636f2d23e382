package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;

/**
 * One ticket event as the reports keep it: where it stands in its ticket's stream, what kind it
 * is, the status it left the ticket in, when and by whom, and the few facts of its data the
 * reports count (keys in {@link Detail}). The projection stores the events that change a figure
 * beside the ticket's document and derives every figure from them in sequence order, so the
 * order in which they arrive does not matter.
 *
 * @param kind     what happened (the CloudEvent type without its prefix and version)
 * @param status   the ticket's status after the event
 * @param at       when the ticket service accepted the event ({@code openedAt} for {@code opened})
 * @param by       who caused it, or null for a scheduled job
 * @param details  the facts of the data the reports use, by {@link Detail} key; values are text
 */
public record TicketEvent(String ticketId, String eventId, long sequence, Kind kind, String status, Instant at,
        String by, Map<String, String> details) {

    /** The kinds of ticket event that the reports tell apart. */
    public enum Kind {
        OPENED, UPDATED, PRIORITY_CHANGED, ASSIGNED, WORK_STARTED, COMMENT_ADDED, PENDED, RESUMED, ESCALATED,
        LINKED, RESOLVED, REOPENED, CLOSED, CANCELLED, SATISFACTION_RATED;

        /**
         * Whether an event of this kind changes a figure beyond the status: those are kept and
         * folded; the others only move the status, which the newest event decides anyway.
         */
        boolean counts() {
            return this != RESUMED && this != LINKED;
        }
    }

    /** Keys of {@link #details}. */
    public static final class Detail {
        public static final String NUMBER = "number";
        public static final String TYPE = "type";
        public static final String CHANNEL = "channel";
        public static final String CATEGORY = "category";
        public static final String SUBJECT = "subject";
        public static final String REQUESTER_ID = "requesterId";
        public static final String ASSET_ID = "assetId";
        public static final String PRIORITY = "priority";
        public static final String GROUP_ID = "groupId";
        public static final String ASSIGNEE_ID = "assigneeId";
        public static final String AGENT_ID = "agentId";
        public static final String TO_GROUP_ID = "toGroupId";
        public static final String FIRST_RESPONSE = "firstResponse";
        public static final String RESOLUTION_CODE = "resolutionCode";
        /** The knowledge article a resolution cites, if any. */
        public static final String ARTICLE_ID = "articleId";
        public static final String RATING = "rating";

        private Detail() {
        }
    }

    public TicketEvent {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(kind, "kind");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
        details = Map.copyOf(details);
        // Stored as a Mongo date, which holds milliseconds: truncating here makes the figures
        // derived on arrival the same as those derived again from the stored history.
        at = at == null ? null : at.truncatedTo(ChronoUnit.MILLIS);
    }

    /** Whether the projection keeps this event to fold it: see {@link Kind#counts()}. */
    boolean counts() {
        // A comment matters only as the ticket's first response; every other one only moves the status.
        return kind.counts() && (kind != Kind.COMMENT_ADDED || "true".equals(details.get(Detail.FIRST_RESPONSE)));
    }

    String detail(String key) {
        return details.get(key);
    }
}
