package dev.helpdesk.ticket.escalations;

import dev.helpdesk.contracts.sla.SlaEscalationRequested;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.ticket.api.EscalateTicket;
import dev.helpdesk.ticket.api.TicketRejected;
import dev.helpdesk.ticket.config.CommandDispatch;
import dev.helpdesk.ticket.config.MessageMetadata;
import dev.helpdesk.ticket.groups.query.GroupDirectory;
import dev.helpdesk.ticket.groups.query.GroupView;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import io.cloudevents.CloudEvent;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Carries out the escalations the escalation service asks for when an SLA target is breached, as
 * the ticket's own escalate command, so the ticket's history shows them: FUNCTIONAL moves the
 * ticket to its group's next-level group, HIERARCHICAL names the group's supervisor to be told.
 * The groups are this service's, so it decides where the ticket goes, when the request arrives.
 * The request's CloudEvent id travels with the command, and a ticket carries out each request
 * once: a redelivered record changes nothing. A request that no longer applies (the ticket was
 * resolved meanwhile) is counted and skipped; one that cannot be read goes to the dead-letter topic.
 */
@Component
class EscalationRequestHandler {

    /** Who the ticket's history names as the escalating actor. */
    static final String ACTOR = "escalation-service";
    static final String FUNCTIONAL = "FUNCTIONAL";
    static final String HIERARCHICAL = "HIERARCHICAL";

    private static final Logger log = LoggerFactory.getLogger(EscalationRequestHandler.class);

    private final CloudEventCodec codec;
    private final TicketTimeline tickets;
    private final GroupDirectory groups;
    private final CommandDispatch commands;
    private final EscalationRequestMetrics metrics;

    EscalationRequestHandler(CloudEventCodec codec, TicketTimeline tickets, GroupDirectory groups,
            CommandDispatch commands, EscalationRequestMetrics metrics) {
        this.codec = codec;
        this.tickets = tickets;
        this.groups = groups;
        this.commands = commands;
        this.metrics = metrics;
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        if (!SlaEventTypes.ESCALATION_REQUESTED.equals(event.getType())) {
            metrics.otherType();
            return;
        }
        SlaEscalationRequested request = codec.dataOf(event, SlaEscalationRequested.class);
        EscalationOutcome outcome = escalate(event.getId(), ticketIdOf(request), request);
        log.info("SLA escalation request {} for ticket {} ({}): {}", event.getId(), request.ticketId(),
                request.levels(), outcome);
        metrics.counted(outcome);
    }

    private EscalationOutcome escalate(String requestId, UUID ticketId, SlaEscalationRequested request) {
        Optional<TicketView> found = tickets.current(ticketId);
        if (found.isEmpty()) {
            return EscalationOutcome.UNKNOWN_TICKET;
        }
        TicketView ticket = found.get();
        if (ticket.status().isFinal()) {
            return EscalationOutcome.NOT_APPLICABLE;
        }
        Optional<GroupView> group = Optional.ofNullable(ticket.groupId()).flatMap(groups::find);
        String toGroupId = request.levels().contains(FUNCTIONAL)
                ? group.map(GroupView::nextLevelGroupId).orElse(null) : null;
        String supervisorId = request.levels().contains(HIERARCHICAL)
                ? group.map(GroupView::supervisorId).orElse(null) : null;
        try {
            commands.send(new EscalateTicket(ticketId, null, reasonOf(request), toGroupId, ACTOR, supervisorId,
                    requestId), Map.of(MessageMetadata.ACTOR_ID, ACTOR));
            return EscalationOutcome.ESCALATED;
        } catch (TicketRejected refused) {
            // Resolved or closed between the read and the command: nothing is left to escalate.
            log.info("Ticket {} refused SLA escalation request {}: {}", ticketId, requestId, refused.getMessage());
            return EscalationOutcome.NOT_APPLICABLE;
        }
    }

    private static UUID ticketIdOf(SlaEscalationRequested request) {
        if (request.ticketId() == null || request.levels() == null || request.levels().isEmpty()) {
            throw new MalformedEventException("An escalation request needs a ticketId and at least one level");
        }
        try {
            return UUID.fromString(request.ticketId());
        } catch (IllegalArgumentException e) {
            throw new MalformedEventException("An escalation request's ticketId must be a UUID: " + request.ticketId(),
                    e);
        }
    }

    private static String reasonOf(SlaEscalationRequested request) {
        if (request.reason() != null && !request.reason().isBlank()) {
            return request.reason();
        }
        String target = "FIRST_RESPONSE".equals(request.target()) ? "first-response" : "resolution";
        return "SLA breached: the " + target + " target was due at " + request.breachedAt();
    }
}
