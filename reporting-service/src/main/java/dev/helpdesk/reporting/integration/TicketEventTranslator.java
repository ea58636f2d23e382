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
import dev.helpdesk.reporting.query.TicketEvent;
import dev.helpdesk.reporting.query.TicketEvent.Detail;
import dev.helpdesk.reporting.query.TicketEvent.Kind;
import io.cloudevents.CloudEvent;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Translates a ticket event from the published language into the reports' own
 * {@link TicketEvent}: its place in the ticket's stream, the status it carries (the status after
 * the event, so the reports never re-implement the ticket's state machine) and the few facts of
 * its data that a figure needs. Anything that breaks the contract is a
 * {@link MalformedEventException}, which sends the record to the dead-letter topic.
 */
@Component
public class TicketEventTranslator {

    private final CloudEventCodec codec;

    public TicketEventTranslator(CloudEventCodec codec) {
        this.codec = codec;
    }

    /**
     * The event in the reports' terms, or empty for a type this service does not know: a newer
     * producer's valid event, which is skipped rather than dead-lettered.
     */
    public Optional<TicketEvent> translate(CloudEvent event) {
        long sequence = requireEnvelope(event);
        TicketEvent translated = switch (event.getType()) {
            case TicketEventTypes.OPENED -> opened(event, sequence);
            case TicketEventTypes.UPDATED -> {
                TicketUpdated data = codec.dataOf(event, TicketUpdated.class);
                yield new Facts(event, sequence, Kind.UPDATED, data.ticketId(), data.status(), data.by(), data.at())
                        .with(Detail.CATEGORY, data.category()).with(Detail.SUBJECT, data.subject()).build();
            }
            case TicketEventTypes.PRIORITY_CHANGED -> {
                TicketPriorityChanged data = codec.dataOf(event, TicketPriorityChanged.class);
                requireData(event, "priority", data.priority());
                yield new Facts(event, sequence, Kind.PRIORITY_CHANGED, data.ticketId(), data.status(), data.by(),
                        data.at()).with(Detail.PRIORITY, data.priority()).build();
            }
            case TicketEventTypes.ASSIGNED -> {
                TicketAssigned data = codec.dataOf(event, TicketAssigned.class);
                yield new Facts(event, sequence, Kind.ASSIGNED, data.ticketId(), data.status(), data.by(), data.at())
                        .with(Detail.GROUP_ID, data.groupId()).with(Detail.ASSIGNEE_ID, data.assigneeId()).build();
            }
            case TicketEventTypes.WORK_STARTED -> {
                TicketWorkStarted data = codec.dataOf(event, TicketWorkStarted.class);
                yield new Facts(event, sequence, Kind.WORK_STARTED, data.ticketId(), data.status(), data.by(),
                        data.at()).with(Detail.AGENT_ID, data.agentId()).build();
            }
            case TicketEventTypes.COMMENT_ADDED -> {
                TicketCommentAdded data = codec.dataOf(event, TicketCommentAdded.class);
                yield new Facts(event, sequence, Kind.COMMENT_ADDED, data.ticketId(), data.status(), data.by(),
                        data.at()).with(Detail.FIRST_RESPONSE, Boolean.toString(data.firstResponse())).build();
            }
            case TicketEventTypes.PENDED -> {
                TicketPended data = codec.dataOf(event, TicketPended.class);
                yield new Facts(event, sequence, Kind.PENDED, data.ticketId(), data.status(), data.by(), data.at())
                        .build();
            }
            case TicketEventTypes.RESUMED -> {
                TicketResumed data = codec.dataOf(event, TicketResumed.class);
                yield new Facts(event, sequence, Kind.RESUMED, data.ticketId(), data.status(), data.by(), data.at())
                        .build();
            }
            case TicketEventTypes.ESCALATED -> {
                TicketEscalated data = codec.dataOf(event, TicketEscalated.class);
                yield new Facts(event, sequence, Kind.ESCALATED, data.ticketId(), data.status(), data.by(), data.at())
                        .requireAt().with(Detail.TO_GROUP_ID, data.toGroupId()).build();
            }
            case TicketEventTypes.LINKED -> {
                TicketLinked data = codec.dataOf(event, TicketLinked.class);
                yield new Facts(event, sequence, Kind.LINKED, data.ticketId(), data.status(), data.by(), data.at())
                        .build();
            }
            case TicketEventTypes.INCIDENT_LINKED -> {
                TicketIncidentLinked data = codec.dataOf(event, TicketIncidentLinked.class);
                yield new Facts(event, sequence, Kind.LINKED, data.ticketId(), data.status(), data.by(), data.at())
                        .build();
            }
            case TicketEventTypes.RESOLVED -> {
                TicketResolved data = codec.dataOf(event, TicketResolved.class);
                yield new Facts(event, sequence, Kind.RESOLVED, data.ticketId(), data.status(), data.by(), data.at())
                        .requireAt().with(Detail.RESOLUTION_CODE, data.resolutionCode())
                        .with(Detail.ARTICLE_ID, data.articleId()).build();
            }
            case TicketEventTypes.REOPENED -> {
                TicketReopened data = codec.dataOf(event, TicketReopened.class);
                yield new Facts(event, sequence, Kind.REOPENED, data.ticketId(), data.status(), data.by(), data.at())
                        .requireAt().build();
            }
            case TicketEventTypes.CLOSED -> {
                TicketClosed data = codec.dataOf(event, TicketClosed.class);
                yield new Facts(event, sequence, Kind.CLOSED, data.ticketId(), data.status(), data.by(), data.at())
                        .requireAt().build();
            }
            case TicketEventTypes.CANCELLED -> {
                TicketCancelled data = codec.dataOf(event, TicketCancelled.class);
                yield new Facts(event, sequence, Kind.CANCELLED, data.ticketId(), data.status(), data.by(), data.at())
                        .requireAt().build();
            }
            case TicketEventTypes.SATISFACTION_RATED -> {
                TicketSatisfactionRated data = codec.dataOf(event, TicketSatisfactionRated.class);
                if (data.rating() < 1 || data.rating() > 5) {
                    throw new MalformedEventException("CloudEvent " + event.getId() + " rates " + data.rating()
                            + ", outside 1 to 5");
                }
                yield new Facts(event, sequence, Kind.SATISFACTION_RATED, data.ticketId(), data.status(), data.by(),
                        data.at()).requireAt().with(Detail.RATING, Integer.toString(data.rating())).build();
            }
            default -> null;
        };
        return Optional.ofNullable(translated);
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

    private TicketEvent opened(CloudEvent event, long sequence) {
        TicketOpened opened = codec.dataOf(event, TicketOpened.class);
        requireData(event, "priority", opened.priority());
        requireData(event, "openedAt", opened.openedAt());
        return new Facts(event, sequence, Kind.OPENED, opened.ticketId(), opened.status(), opened.openedBy(),
                opened.openedAt())
                .with(Detail.NUMBER, opened.number())
                .with(Detail.TYPE, opened.type())
                .with(Detail.CHANNEL, opened.channel())
                .with(Detail.CATEGORY, opened.category())
                .with(Detail.PRIORITY, opened.priority())
                .with(Detail.SUBJECT, opened.subject())
                .with(Detail.REQUESTER_ID, opened.requesterId())
                .with(Detail.ASSET_ID, opened.affectedAssetId())
                .build();
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

    /**
     * What every ticket event must carry, the ticket it is about and its status after the event,
     * collected with the details of its kind.
     */
    private static final class Facts {

        private final CloudEvent event;
        private final long sequence;
        private final Kind kind;
        private final String ticketId;
        private final String status;
        private final String by;
        private final Instant at;
        private final Map<String, String> details = new HashMap<>();

        Facts(CloudEvent event, long sequence, Kind kind, String ticketId, String status, String by, Instant at) {
            if (!event.getSubject().equals(ticketId)) {
                throw new MalformedEventException("CloudEvent " + event.getId() + " is about ticket "
                        + event.getSubject() + " but its data names ticket " + ticketId);
            }
            requireData(event, "status", status);
            this.event = event;
            this.sequence = sequence;
            this.kind = kind;
            this.ticketId = ticketId;
            this.status = status;
            this.by = by;
            this.at = at;
        }

        /** The moment is what this kind of event is counted by: without it, it cannot be counted. */
        Facts requireAt() {
            requireData(event, "at", at);
            return this;
        }

        /** A null value is left out: the fold reads an absent detail as null. */
        Facts with(String key, String value) {
            if (value != null) {
                details.put(key, value);
            }
            return this;
        }

        TicketEvent build() {
            return new TicketEvent(ticketId, event.getId(), sequence, kind, status, at, by, details);
        }
    }
}
