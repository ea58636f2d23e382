package dev.helpdesk.ticket.query;

import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.TicketAssigned;
import dev.helpdesk.ticket.api.TicketClosed;
import dev.helpdesk.ticket.api.TicketCommentAdded;
import dev.helpdesk.ticket.api.TicketDetailsUpdated;
import dev.helpdesk.ticket.api.TicketEscalated;
import dev.helpdesk.ticket.api.TicketIncidentLinked;
import dev.helpdesk.ticket.api.TicketLinked;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.api.TicketOpened;
import dev.helpdesk.ticket.api.TicketPriorityChanged;
import dev.helpdesk.ticket.api.TicketReopened;
import dev.helpdesk.ticket.api.TicketResolved;
import dev.helpdesk.ticket.api.TicketSatisfactionRated;
import dev.helpdesk.ticket.api.TicketStates;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.eventhandling.DomainEventMessage;

/** Folds a ticket's events, in order, into the {@link TicketView} callers see. */
final class TicketViewBuilder {

    private UUID id;
    private TicketNumber number;
    private TicketType type;
    private TicketStatus status;
    private String subject;
    private String description;
    private String requesterId;
    private Channel channel;
    private String category;
    private Level impact;
    private Level urgency;
    private Priority priority;
    private String groupId;
    private String assigneeId;
    private List<String> tags = List.of();
    private String affectedAssetId;
    private final List<TicketView.Comment> comments = new ArrayList<>();
    private final List<TicketView.Link> links = new ArrayList<>();
    private final List<TicketView.LinkedIncident> incidents = new ArrayList<>();
    private TicketView.Resolution resolution;
    private TicketView.Satisfaction satisfaction;
    private Instant createdAt;
    private Instant updatedAt;
    private Instant firstRespondedAt;
    private Instant resolvedAt;
    private Instant closedAt;
    private long version;

    TicketViewBuilder() {
        // an empty ticket, before its opening event
    }

    /** Carries on from a ticket view built earlier, to apply only the events after it. */
    static TicketViewBuilder resuming(TicketView view) {
        TicketViewBuilder builder = new TicketViewBuilder();
        builder.id = view.id();
        builder.number = view.number();
        builder.type = view.type();
        builder.status = view.status();
        builder.subject = view.subject();
        builder.description = view.description();
        builder.requesterId = view.requesterId();
        builder.affectedAssetId = view.affectedAssetId();
        builder.channel = view.channel();
        builder.category = view.category();
        builder.impact = view.impact();
        builder.urgency = view.urgency();
        builder.priority = view.priority();
        builder.groupId = view.groupId();
        builder.assigneeId = view.assigneeId();
        builder.tags = view.tags();
        builder.comments.addAll(view.comments());
        builder.links.addAll(view.links());
        builder.incidents.addAll(view.incidents());
        builder.resolution = view.resolution();
        builder.satisfaction = view.satisfaction();
        builder.createdAt = view.createdAt();
        builder.updatedAt = view.updatedAt();
        builder.firstRespondedAt = view.firstRespondedAt();
        builder.resolvedAt = view.resolvedAt();
        builder.closedAt = view.closedAt();
        builder.version = view.version();
        return builder;
    }

    boolean isEmpty() {
        return id == null;
    }

    void apply(DomainEventMessage<?> message) {
        apply(message, message.getTimestamp());
    }

    /** Applies an event as if it had happened {@code at} (its time as the store keeps it). */
    void apply(DomainEventMessage<?> message, Instant at) {
        Object event = message.getPayload();
        if (event instanceof TicketOpened opened) {
            id = opened.ticketId();
            number = opened.number();
            type = opened.type();
            subject = opened.subject();
            description = opened.description();
            requesterId = opened.requesterId();
            channel = opened.channel();
            category = opened.category();
            impact = opened.impact();
            urgency = opened.urgency();
            priority = opened.priority();
            tags = opened.tags();
            affectedAssetId = opened.affectedAssetId();
            createdAt = at;
        } else if (event instanceof TicketDetailsUpdated updated) {
            subject = updated.subject();
            description = updated.description();
            category = updated.category();
            tags = updated.tags();
        } else if (event instanceof TicketPriorityChanged changed) {
            impact = changed.impact();
            urgency = changed.urgency();
            priority = changed.priority();
        } else if (event instanceof TicketAssigned assigned) {
            groupId = assigned.groupId();
            assigneeId = assigned.assigneeId();
        } else if (event instanceof TicketEscalated escalated && escalated.toGroupId() != null) {
            groupId = escalated.toGroupId();
            assigneeId = null;
        } else if (event instanceof TicketCommentAdded comment) {
            comments.add(new TicketView.Comment(comment.commentId(), comment.authorId(), comment.visibility().name(),
                    comment.body(), at));
            if (comment.firstResponse()) {
                firstRespondedAt = at;
            }
        } else if (event instanceof TicketLinked linked) {
            links.add(new TicketView.Link(linked.targetId(), linked.kind().name()));
        } else if (event instanceof TicketIncidentLinked linked) {
            incidents.add(new TicketView.LinkedIncident(linked.incidentId(), at));
        } else if (event instanceof TicketResolved resolved) {
            resolution = new TicketView.Resolution(resolved.code().name(), resolved.note(), resolved.articleId(),
                    resolved.asset() == null ? null : new TicketView.Asset(resolved.asset().assetId(),
                            resolved.asset().type(), resolved.asset().model(), resolved.asset().serial(),
                            resolved.asset().assetTag()));
            resolvedAt = at;
        } else if (event instanceof TicketReopened) {
            resolution = null;
            resolvedAt = null;
        } else if (event instanceof TicketClosed) {
            closedAt = at;
        } else if (event instanceof TicketSatisfactionRated rated) {
            satisfaction = new TicketView.Satisfaction(rated.rating(), rated.comment(), at);
        }
        status = TicketStates.after(event, status);
        updatedAt = at;
        version = message.getSequenceNumber() + 1;
    }

    TicketView build() {
        return new TicketView(id, number, type, status, subject, description, requesterId, channel, category, impact,
                urgency, priority, groupId, assigneeId, tags, List.copyOf(comments), List.copyOf(links),
                List.copyOf(incidents), resolution,
                satisfaction, createdAt, updatedAt, firstRespondedAt, resolvedAt, closedAt, version, affectedAssetId);
    }
}
