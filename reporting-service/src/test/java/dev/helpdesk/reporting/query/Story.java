package dev.helpdesk.reporting.query;

import dev.helpdesk.reporting.query.TicketEvent.Detail;
import dev.helpdesk.reporting.query.TicketEvent.Kind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One ticket's events for the projection tests, as the translator would produce them: sequence
 * 1, 2, 3…, each at a minute after the story's start. The test decides in which order, and how
 * often, they reach the projection.
 */
final class Story {

    final String ticketId = UUID.randomUUID().toString();
    private final Instant start;
    private final List<TicketEvent> events = new ArrayList<>();
    private final List<SlaEvent> thresholds = new ArrayList<>();

    Story(Instant start) {
        this.start = start;
    }

    static Instant minute(Instant start, long minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }

    Story opened(int minute, String priority) {
        return opened(minute, priority, "INCIDENT", "network");
    }

    Story opened(int minute, String priority, String type, String category) {
        return then(minute, Kind.OPENED, "NEW", "demo-agent", Detail.NUMBER, "HD-1", Detail.TYPE, type,
                Detail.CHANNEL, "PHONE", Detail.CATEGORY, category, Detail.PRIORITY, priority);
    }

    Story assigned(int minute, String group, String agent) {
        return agent == null ? then(minute, Kind.ASSIGNED, "NEW", "sup", Detail.GROUP_ID, group)
                : then(minute, Kind.ASSIGNED, "ASSIGNED", "sup", Detail.GROUP_ID, group, Detail.ASSIGNEE_ID, agent);
    }

    Story priorityChanged(int minute) {
        return then(minute, Kind.PRIORITY_CHANGED, "ASSIGNED", "sup", Detail.PRIORITY, "P1");
    }

    Story firstResponse(int minute, String agent) {
        return then(minute, Kind.COMMENT_ADDED, "IN_PROGRESS", agent, Detail.FIRST_RESPONSE, "true");
    }

    Story comment(int minute, String agent) {
        return then(minute, Kind.COMMENT_ADDED, "IN_PROGRESS", agent, Detail.FIRST_RESPONSE, "false");
    }

    Story pended(int minute) {
        return then(minute, Kind.PENDED, "PENDING", "agent");
    }

    Story resumed(int minute) {
        return then(minute, Kind.RESUMED, "IN_PROGRESS", "agent");
    }

    Story escalated(int minute, String toGroup) {
        return toGroup == null ? then(minute, Kind.ESCALATED, "IN_PROGRESS", "escalation-service")
                : then(minute, Kind.ESCALATED, "NEW", "escalation-service", Detail.TO_GROUP_ID, toGroup);
    }

    Story resolved(int minute, String by) {
        return then(minute, Kind.RESOLVED, "RESOLVED", by, Detail.RESOLUTION_CODE, "FIXED");
    }

    /** A resolution citing a knowledge article. */
    Story resolved(int minute, String by, String articleId) {
        return then(minute, Kind.RESOLVED, "RESOLVED", by, Detail.RESOLUTION_CODE, "FIXED", Detail.ARTICLE_ID,
                articleId);
    }

    Story reopened(int minute) {
        return then(minute, Kind.REOPENED, "IN_PROGRESS", "customer");
    }

    Story closed(int minute) {
        return then(minute, Kind.CLOSED, "CLOSED", null);
    }

    Story cancelled(int minute) {
        return then(minute, Kind.CANCELLED, "CANCELLED", "agent");
    }

    Story rated(int minute, int rating) {
        return rated(minute, rating, "CLOSED");
    }

    Story rated(int minute, int rating, String status) {
        return then(minute, Kind.SATISFACTION_RATED, status, "customer", Detail.RATING, Integer.toString(rating));
    }

    Story warned(int minute, String target, double threshold) {
        thresholds.add(new SlaEvent(ticketId, ticketId + ":" + target + ":" + threshold, SlaEvent.Kind.WARNING,
                target, threshold, minute(start, minute)));
        return this;
    }

    Story breached(int minute, String target) {
        thresholds.add(new SlaEvent(ticketId, ticketId + ":" + target + ":1.0", SlaEvent.Kind.BREACHED, target, 1.0,
                minute(start, minute)));
        return this;
    }

    /** The target's stop at {@code minute}, the {@code sequence}-th SLA event, after so many business minutes. */
    Story stopped(int minute, String target, long sequence, long businessMinutes) {
        Instant at = minute(start, minute);
        thresholds.add(SlaEvent.stopped(ticketId, ticketId + ":" + target + ":stopped:" + sequence, target, at, sequence,
                businessMinutes * 60));
        return this;
    }

    Story then(int minute, Kind kind, String status, String by, String... details) {
        Map<String, String> data = new HashMap<>();
        for (int i = 0; i < details.length; i += 2) {
            data.put(details[i], details[i + 1]);
        }
        events.add(new TicketEvent(ticketId, UUID.randomUUID().toString(), events.size() + 1L, kind, status,
                minute(start, minute), by, data));
        return this;
    }

    List<TicketEvent> events() {
        return List.copyOf(events);
    }

    List<SlaEvent> thresholds() {
        return List.copyOf(thresholds);
    }

    /** Ticket events and SLA thresholds together, ticket events in order, thresholds after them. */
    List<Object> all() {
        List<Object> all = new ArrayList<>(events);
        all.addAll(thresholds);
        return all;
    }
}
