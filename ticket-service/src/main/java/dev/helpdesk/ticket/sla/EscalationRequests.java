package dev.helpdesk.ticket.sla;

import dev.helpdesk.contracts.sla.SlaEscalationRequested;
import dev.helpdesk.eventsourcing.CommandDispatch;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.ticket.api.EscalateTicket;
import dev.helpdesk.ticket.api.TicketRejected;
import dev.helpdesk.ticket.groups.query.GroupDirectory;
import dev.helpdesk.ticket.groups.query.GroupView;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
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
 * once: a redelivered record changes nothing (decisions D30).
 */
@Component
class EscalationRequests {

    static final String FUNCTIONAL = "FUNCTIONAL";
    static final String HIERARCHICAL = "HIERARCHICAL";

    private static final Logger log = LoggerFactory.getLogger(EscalationRequests.class);

    private final TicketTimeline tickets;
    private final GroupDirectory groups;
    private final CommandDispatch commands;

    EscalationRequests(TicketTimeline tickets, GroupDirectory groups, CommandDispatch commands) {
        this.tickets = tickets;
        this.groups = groups;
        this.commands = commands;
    }

    SlaRequestOutcome escalate(String requestId, UUID ticketId, SlaEscalationRequested request) {
        Optional<TicketView> found = tickets.current(ticketId);
        if (found.isEmpty()) {
            return SlaRequestOutcome.UNKNOWN_TICKET;
        }
        TicketView ticket = found.get();
        if (ticket.status().isFinal()) {
            return SlaRequestOutcome.NOT_APPLICABLE;
        }
        Optional<GroupView> group = Optional.ofNullable(ticket.groupId()).flatMap(groups::find);
        String toGroupId = request.levels().contains(FUNCTIONAL)
                ? group.map(GroupView::nextLevelGroupId).orElse(null) : null;
        String supervisorId = request.levels().contains(HIERARCHICAL)
                ? group.map(GroupView::supervisorId).orElse(null) : null;
        try {
            commands.send(new EscalateTicket(ticketId, null, reasonOf(request), toGroupId, SlaEventHandler.ACTOR,
                    supervisorId, requestId), Map.of(MessageMetadata.ACTOR_ID, SlaEventHandler.ACTOR));
            return SlaRequestOutcome.ESCALATED;
        } catch (TicketRejected refused) {
            // Resolved or closed between the read and the command: nothing is left to escalate.
            log.info("Ticket {} refused SLA escalation request {}: {}", ticketId, requestId, refused.getMessage());
            return SlaRequestOutcome.NOT_APPLICABLE;
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
