package dev.helpdesk.ticket.channels.alerts;

import dev.helpdesk.contracts.alert.AlertEventTypes;
import dev.helpdesk.contracts.alert.AlertReceived;
import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.ticket.api.AddComment;
import dev.helpdesk.ticket.api.Author;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.TicketRejected;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.api.Visibility;
import dev.helpdesk.ticket.channels.ChannelEventHandler;
import dev.helpdesk.ticket.numbering.TicketNumberAllocator;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A monitoring alert's incident (issue 6): a new occurrence ({@code FIRING}) opens the INCIDENT the
 * event names, channel MONITORING, its priority from the alert's severity ({@link AlertSettings}); the
 * occurrence's end ({@code RESOLVED}) resolves it with a note, unless an agent has taken it over, when
 * it only gets an internal note that the alert resolved. Carried out as the ticket's own commands by the
 * integration that posted the alert, as the SLA requests are by the escalation service (D30, D33).
 * Every step is idempotent: the ticket id comes with the event, a ticket that exists was opened, a
 * ticket resolved, closed or cancelled is left alone, and the note carries the event's id.
 */
@Component
class AlertIncidents implements ChannelEventHandler {

    private static final Logger log = LoggerFactory.getLogger(AlertIncidents.class);
    private static final Set<TicketStatus> OPEN = Set.of(TicketStatus.NEW, TicketStatus.ASSIGNED,
            TicketStatus.IN_PROGRESS, TicketStatus.PENDING);

    private final CloudEventCodec codec;
    private final TicketTimeline tickets;
    private final TicketNumberAllocator numbers;
    private final CommandDispatch commands;
    private final AlertSettings settings;
    private final Duration reopenWindow;

    AlertIncidents(CloudEventCodec codec, TicketTimeline tickets, TicketNumberAllocator numbers,
            CommandDispatch commands, AlertSettings settings,
            @Value("${helpdesk.tickets.reopen-window:7d}") Duration reopenWindow) {
        this.codec = codec;
        this.tickets = tickets;
        this.numbers = numbers;
        this.commands = commands;
        this.settings = settings;
        this.reopenWindow = reopenWindow;
    }

    @Override
    public String type() {
        return AlertEventTypes.RECEIVED;
    }

    @Override
    public String handle(CloudEvent event) {
        AlertReceived alert = codec.dataOf(event, AlertReceived.class);
        UUID incidentId = readable(alert, event.getId());
        if (AlertReceived.FIRING.equals(alert.status())) {
            return open(incidentId, alert);
        }
        return resolve(incidentId, alert, event.getId());
    }

    private String open(UUID incidentId, AlertReceived alert) {
        if (tickets.current(incidentId).isPresent()) {
            return "already-open";
        }
        AlertSettings.Levels levels = settings.levels(alert.labels().get("severity"));
        String category = alert.labels().get(settings.categoryLabel());
        try {
            commands.send(new OpenTicket(incidentId, numbers.next(), TicketType.INCIDENT,
                    AlertTicketText.subject(alert), AlertTicketText.description(alert), requesterOf(alert), Channel.MONITORING,
                    category == null || category.isBlank() ? null : category, levels.impact(), levels.urgency(),
                    List.of("monitoring", alert.alertName()), alert.receivedBy()), actor(alert));
            return "opened";
        } catch (AggregateStreamCreationException | ConcurrencyException raced) {
            return "already-open"; // another instance opened it first
        }
    }

    private String resolve(UUID incidentId, AlertReceived alert, String eventId) {
        Optional<TicketView> found = tickets.current(incidentId);
        if (found.isEmpty()) {
            return "unknown-ticket";
        }
        TicketView ticket = found.get();
        if (!OPEN.contains(ticket.status())) {
            return "not-applicable";
        }
        try {
            if (takenOver(ticket, alert)) {
                String noteId = "alert-" + eventId;
                if (ticket.comments().stream().anyMatch(comment -> noteId.equals(comment.id()))) {
                    return "commented";
                }
                commands.send(new AddComment(incidentId, null, noteId, alert.receivedBy(), Author.SYSTEM,
                        Visibility.INTERNAL, AlertTicketText.takenOverNote(alert), reopenWindow), actor(alert));
                return "commented";
            }
            commands.send(new ResolveTicket(incidentId, null, settings.resolutionCode(),
                    AlertTicketText.resolutionNote(alert), null, alert.receivedBy()), actor(alert));
            return "resolved";
        } catch (TicketRejected refused) {
            // changed by an agent between the read and the command: theirs to finish
            log.info("Incident {} refused the end of its alert: {}", incidentId, refused.getMessage());
            return "not-applicable";
        }
    }

    /**
     * An agent has taken the incident over when it is assigned to one, work on it started or paused
     * (IN_PROGRESS, PENDING), or anyone but the monitoring account commented on it. Being routed to a
     * group, a priority change or an SLA escalation are not: nobody is working on it yet.
     */
    static boolean takenOver(TicketView ticket, AlertReceived alert) {
        return ticket.assigneeId() != null || ticket.status() == TicketStatus.IN_PROGRESS
                || ticket.status() == TicketStatus.PENDING
                || ticket.comments().stream().anyMatch(comment -> !comment.authorId().equals(ticket.requesterId())
                        && !comment.authorId().equals(alert.receivedBy()));
    }

    private String requesterOf(AlertReceived alert) {
        return settings.requesterId().isBlank() ? alert.receivedBy() : settings.requesterId();
    }

    private static Map<String, Object> actor(AlertReceived alert) {
        return Map.of(MessageMetadata.ACTOR_ID, alert.receivedBy());
    }

    /** The fields every step needs; without them the event is malformed and goes to the dead-letter topic. */
    private static UUID readable(AlertReceived alert, String eventId) {
        if (!AlertReceived.FIRING.equals(alert.status()) && !AlertReceived.RESOLVED.equals(alert.status())) {
            throw new MalformedEventException("Alert event " + eventId + " has the status " + alert.status()
                    + ", not FIRING or RESOLVED");
        }
        if (alert.alertName() == null || alert.alertName().isBlank() || alert.receivedBy() == null
                || alert.receivedBy().isBlank() || alert.labels() == null || alert.startsAt() == null) {
            throw new MalformedEventException("Alert event " + eventId
                    + " lacks its alertName, labels, startsAt or receivedBy");
        }
        try {
            return UUID.fromString(String.valueOf(alert.incidentId()));
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("Alert event " + eventId + " has no incidentId that is a UUID", e);
        }
    }
}
