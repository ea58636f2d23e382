package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/**
 * One ticket as the reports see it, derived from its {@link TicketHistory} by
 * {@link TicketFolding} and stored, one document per ticket, in {@value #COLLECTION} under the
 * ticket id (field names: {@link TicketFields}). Every figure a report needs of one ticket is
 * worked out here when an event arrives, so a report only selects and adds up; docs/reports.md
 * defines each.
 *
 * @param subject                the subject as last opened or updated; null for a ticket the
 *                               projection read before it kept subjects, until a rebuild
 * @param requesterId            who the ticket is for (the customer id); null likewise
 * @param assetId                the customer's device it is about (an asset of the customer
 *                               service); null when it names none, or likewise
 * @param status                 the status after the newest event; null while only SLA events came
 * @param open                   whether someone still has to work on it: a status other than
 *                               RESOLVED, CLOSED or CANCELLED
 * @param resolvedAt             when it was last resolved (also after a reopening), or null
 * @param resolvedTimes          every resolution, so a period counts each
 * @param reopenedTimes          every reopening
 * @param groups                 every group it has been in, in order
 * @param firstAgentId           the first agent it was assigned to (or who started work on it)
 * @param resolvedBy             who resolved it last
 * @param reassigned             it has been in more than one group, or with more than one agent
 * @param pended                 it was pending at least once
 * @param firstResponseAt        the first public reply of an agent
 * @param firstResponseSeconds   from opening to the first response, wall clock
 * @param finalResolvedAt        its last resolution, while it is RESOLVED or CLOSED (null once reopened)
 * @param resolutionSeconds      from opening to {@code finalResolvedAt}, wall clock
 * @param firstContactResolution resolved for good with no reassignment, never pending, by its
 *                               first agent; null while not resolved
 * @param escalatedTimes         every escalation (by hand or on an SLA breach)
 * @param firstResponseSla       MET or BREACHED once known, else null (see {@link SlaOutcome})
 * @param resolutionSla          likewise for the resolution target
 * @param slaWarnings            how many SLA warnings its targets reached
 * @param articleResolutions     each knowledge article a resolution of it cited, once, with the
 *                               first resolution that cited it
 * @param slaRisk                while it is open: a breached target, else a warned target whose
 *                               clock still runs; null when neither (see {@link SlaRisk})
 * @param lastSequence           the highest aggregate sequence received for this ticket
 * @param lastEventId            the CloudEvent id of that event
 */
public record TicketFacts(
        String ticketId,
        String number,
        String type,
        String channel,
        String category,
        String subject,
        String requesterId,
        String assetId,
        String priority,
        String status,
        boolean open,
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
        Instant ratedAt,
        List<String> groups,
        String firstAgentId,
        String resolvedBy,
        boolean reassigned,
        boolean pended,
        Instant firstResponseAt,
        Long firstResponseSeconds,
        Instant finalResolvedAt,
        Long resolutionSeconds,
        Boolean firstContactResolution,
        List<Instant> escalatedTimes,
        SlaOutcome firstResponseSla,
        SlaOutcome resolutionSla,
        int slaWarnings,
        List<ArticleResolution> articleResolutions,
        SlaRisk slaRisk,
        long lastSequence,
        String lastEventId,
        Long firstResponseBusinessSeconds,
        Long resolutionBusinessSeconds) {

    /** v2: the history-based layout; a new layout gets a new name and is built by re-reading the topics. */
    public static final String COLLECTION = "ticket_facts_v2";

    public TicketFacts {
        resolvedTimes = List.copyOf(resolvedTimes);
        reopenedTimes = List.copyOf(reopenedTimes);
        groups = List.copyOf(groups);
        escalatedTimes = List.copyOf(escalatedTimes);
        articleResolutions = List.copyOf(articleResolutions);
    }

    /** A knowledge article cited by a resolution of the ticket, and when it was first cited. */
    public record ArticleResolution(String articleId, Instant at) {
    }

    /**
     * An open ticket's SLA at risk now: BREACHED (a target was breached; {@code at} the first
     * breach) or WARNING (a warning and no breach, on a target still running; the highest
     * threshold reached and when).
     */
    public record SlaRisk(String risk, String target, double threshold, Instant at) {
        public static final String WARNING = "WARNING";
        public static final String BREACHED = "BREACHED";
    }

    /**
     * Whether a target was kept: MET when it was met (first response given, ticket resolved)
     * without a breach, BREACHED once the breach was published, whenever it was met. {@code at}
     * is when the outcome was settled: the moment it was met, or the breach.
     */
    public record SlaOutcome(String outcome, Instant at) {
        public static final String MET = "MET";
        public static final String BREACHED = "BREACHED";
    }
}
