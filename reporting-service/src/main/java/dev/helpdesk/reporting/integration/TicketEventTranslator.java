package dev.helpdesk.reporting.integration;

import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketCancelled;
import dev.helpdesk.contracts.ticket.TicketClosed;
import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.contracts.ticket.TicketEscalated;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketIncidentLinked;
import dev.helpdesk.contracts.ticket.TicketLinked;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketPriorityChanged;
import dev.helpdesk.contracts.ticket.TicketReopened;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketResumed;
import dev.helpdesk.contracts.ticket.TicketSatisfactionRated;
import dev.helpdesk.contracts.ticket.TicketUpdated;
import dev.helpdesk.contracts.ticket.TicketWorkStarted;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.reporting.query.TicketFacts;
import dev.helpdesk.reporting.query.TicketFactsChange;
import io.cloudevents.CloudEvent;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Translates a ticket event from the published language into the change it makes to the
 * reports' view of its ticket. Every event sets the status it carries (the status after the
 * event), so the reports never re-implement the ticket's state machine. Anything that breaks the
 * contract is a {@link MalformedEventException}, which sends the record to the dead-letter topic.
 */
@Component
public class TicketEventTranslator {

    private final CloudEventCodec codec;

    public TicketEventTranslator(CloudEventCodec codec) {
        this.codec = codec;
    }

    /**
     * The change the event asks for, or empty for a type this service does not know: a newer
     * producer's valid event, which is skipped rather than dead-lettered.
     */
    public Optional<TicketFactsChange> changeOf(CloudEvent event) {
        long sequence = requireEnvelope(event);
        TicketFactsChange change = switch (event.getType()) {
            case TicketEventTypes.OPENED -> opened(event, sequence);
            case TicketEventTypes.UPDATED -> updated(event, sequence);
            case TicketEventTypes.PRIORITY_CHANGED -> priorityChanged(event, sequence);
            case TicketEventTypes.ASSIGNED -> assigned(event, sequence);
            case TicketEventTypes.ESCALATED -> escalated(event, sequence);
            case TicketEventTypes.RESOLVED -> resolved(event, sequence);
            case TicketEventTypes.REOPENED -> reopened(event, sequence);
            case TicketEventTypes.CLOSED -> closed(event, sequence);
            case TicketEventTypes.CANCELLED -> cancelled(event, sequence);
            case TicketEventTypes.SATISFACTION_RATED -> satisfactionRated(event, sequence);
            case TicketEventTypes.WORK_STARTED -> statusOnly(event, sequence, TicketWorkStarted.class,
                    TicketWorkStarted::ticketId, TicketWorkStarted::status);
            case TicketEventTypes.COMMENT_ADDED -> statusOnly(event, sequence, TicketCommentAdded.class,
                    TicketCommentAdded::ticketId, TicketCommentAdded::status);
            case TicketEventTypes.PENDED -> statusOnly(event, sequence, TicketPended.class,
                    TicketPended::ticketId, TicketPended::status);
            case TicketEventTypes.RESUMED -> statusOnly(event, sequence, TicketResumed.class,
                    TicketResumed::ticketId, TicketResumed::status);
            case TicketEventTypes.LINKED -> statusOnly(event, sequence, TicketLinked.class,
                    TicketLinked::ticketId, TicketLinked::status);
            case TicketEventTypes.INCIDENT_LINKED -> statusOnly(event, sequence, TicketIncidentLinked.class,
                    TicketIncidentLinked::ticketId, TicketIncidentLinked::status);
            default -> null;
        };
        return Optional.ofNullable(change);
    }

    /** The envelope rules of every event on the topic (DESIGN.md section 3); returns the sequence. */
    private static long requireEnvelope(CloudEvent event) {
        if (isBlank(event.getSubject())) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " has no subject (the ticket id)");
        }
        long sequence = CloudEventCodec.sequenceOf(event);
        if (sequence < 1) {
            throw new MalformedEventException("CloudEvent " + event.getId()
                    + " has no sequence extension of 1 or more, so it cannot be ordered against its ticket's events");
        }
        return sequence;
    }

    private TicketFactsChange opened(CloudEvent event, long sequence) {
        TicketOpened opened = codec.dataOf(event, TicketOpened.class);
        TicketFactsChange.Builder change = change(event, sequence, opened.ticketId(), opened.status());
        requireData(event, "priority", opened.priority());
        requireData(event, "openedAt", opened.openedAt());
        return change
                .set(TicketFacts.NUMBER, opened.number())
                .set(TicketFacts.TYPE, opened.type())
                .set(TicketFacts.CHANNEL, opened.channel())
                .set(TicketFacts.CATEGORY, opened.category())
                .set(TicketFacts.PRIORITY, opened.priority())
                .set(TicketFacts.OPENED_AT, opened.openedAt())
                .build();
    }

    private TicketFactsChange updated(CloudEvent event, long sequence) {
        TicketUpdated updated = codec.dataOf(event, TicketUpdated.class);
        return change(event, sequence, updated.ticketId(), updated.status())
                .set(TicketFacts.CATEGORY, updated.category())
                .build();
    }

    private TicketFactsChange priorityChanged(CloudEvent event, long sequence) {
        TicketPriorityChanged changed = codec.dataOf(event, TicketPriorityChanged.class);
        TicketFactsChange.Builder change = change(event, sequence, changed.ticketId(), changed.status());
        requireData(event, "priority", changed.priority());
        return change
                .set(TicketFacts.PRIORITY, changed.priority())
                .build();
    }

    /** A ticket put in a group's queue only has no assignee any more, so a null one is written too. */
    private TicketFactsChange assigned(CloudEvent event, long sequence) {
        TicketAssigned assigned = codec.dataOf(event, TicketAssigned.class);
        return change(event, sequence, assigned.ticketId(), assigned.status())
                .set(TicketFacts.GROUP_ID, assigned.groupId())
                .set(TicketFacts.ASSIGNEE_ID, assigned.assigneeId())
                .build();
    }

    /** Moving to another group leaves the ticket without assignee; a hierarchical escalation moves nothing. */
    private TicketFactsChange escalated(CloudEvent event, long sequence) {
        TicketEscalated escalated = codec.dataOf(event, TicketEscalated.class);
        TicketFactsChange.Builder change = change(event, sequence, escalated.ticketId(), escalated.status());
        if (escalated.toGroupId() != null) {
            change.set(TicketFacts.GROUP_ID, escalated.toGroupId()).set(TicketFacts.ASSIGNEE_ID, null);
        }
        return change.build();
    }

    private TicketFactsChange resolved(CloudEvent event, long sequence) {
        TicketResolved resolved = codec.dataOf(event, TicketResolved.class);
        TicketFactsChange.Builder change = change(event, sequence, resolved.ticketId(), resolved.status());
        requireData(event, "at", resolved.at());
        return change
                .set(TicketFacts.RESOLVED_AT, resolved.at())
                .set(TicketFacts.RESOLUTION_CODE, resolved.resolutionCode())
                .appendTime(TicketFacts.RESOLVED_TIMES, resolved.at())
                .build();
    }

    private TicketFactsChange reopened(CloudEvent event, long sequence) {
        TicketReopened reopened = codec.dataOf(event, TicketReopened.class);
        TicketFactsChange.Builder change = change(event, sequence, reopened.ticketId(), reopened.status());
        requireData(event, "at", reopened.at());
        return change
                .appendTime(TicketFacts.REOPENED_TIMES, reopened.at())
                .increment(TicketFacts.REOPEN_COUNT)
                .build();
    }

    private TicketFactsChange closed(CloudEvent event, long sequence) {
        TicketClosed closed = codec.dataOf(event, TicketClosed.class);
        TicketFactsChange.Builder change = change(event, sequence, closed.ticketId(), closed.status());
        requireData(event, "at", closed.at());
        return change
                .set(TicketFacts.CLOSED_AT, closed.at())
                .build();
    }

    private TicketFactsChange cancelled(CloudEvent event, long sequence) {
        TicketCancelled cancelled = codec.dataOf(event, TicketCancelled.class);
        TicketFactsChange.Builder change = change(event, sequence, cancelled.ticketId(), cancelled.status());
        requireData(event, "at", cancelled.at());
        return change
                .set(TicketFacts.CANCELLED_AT, cancelled.at())
                .build();
    }

    private TicketFactsChange satisfactionRated(CloudEvent event, long sequence) {
        TicketSatisfactionRated rated = codec.dataOf(event, TicketSatisfactionRated.class);
        return change(event, sequence, rated.ticketId(), rated.status())
                .set(TicketFacts.SATISFACTION_RATING, rated.rating())
                .build();
    }

    /** The events whose only fact for the reports is the status they leave the ticket in. */
    private <T> TicketFactsChange statusOnly(CloudEvent event, long sequence, Class<T> dataType,
            Function<T, String> ticketId, Function<T, String> status) {
        T data = codec.dataOf(event, dataType);
        return change(event, sequence, ticketId.apply(data), status.apply(data)).build();
    }

    /** What every ticket event must carry: the ticket it is about, and its status after the event. */
    private static TicketFactsChange.Builder change(CloudEvent event, long sequence, String ticketId, String status) {
        if (!event.getSubject().equals(ticketId)) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " is about ticket "
                    + event.getSubject() + " but its data names ticket " + ticketId);
        }
        requireData(event, "status", status);
        return TicketFactsChange.of(ticketId, event.getId(), sequence).set(TicketFacts.STATUS, status);
    }

    /** The fields the reports group, filter and count by: without them the event cannot be counted. */
    private static void requireData(CloudEvent event, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " of type " + event.getType()
                    + " has no " + field + " in its data");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
