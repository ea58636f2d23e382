package dev.helpdesk.customer.notification;

import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketClosed;
import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.contracts.ticket.TicketEscalated;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketUpdated;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import io.cloudevents.CloudEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One record of the tickets topic (D61): keeps what later events lack ({@link NotificationTickets})
 * and asks for the notifications the event calls for. The requester hears of their ticket being
 * received, an agent's public reply (never an internal note, nor their own comment), its pending,
 * resolution and close; an agent of a ticket put on their desk by someone else; a supervisor of an
 * escalation that names them. Returns once the outbox entries are written, so the offset is
 * committed after them; a redelivered record adds nothing (the entries' keys).
 */
@Component
class TicketEventNotifier {

    private static final Logger log = LoggerFactory.getLogger(TicketEventNotifier.class);

    private final CloudEventCodec codec;
    private final NotificationTickets tickets;
    private final NotificationRequests requests;
    private final NotificationMetrics metrics;

    TicketEventNotifier(CloudEventCodec codec, NotificationTickets tickets, NotificationRequests requests,
            NotificationMetrics metrics) {
        this.codec = codec;
        this.tickets = tickets;
        this.requests = requests;
        this.metrics = metrics;
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        String type = event.getType();
        if (TicketEventTypes.OPENED.equals(type)) {
            opened(event);
        } else if (TicketEventTypes.UPDATED.equals(type)) {
            TicketUpdated updated = codec.dataOf(event, TicketUpdated.class);
            tickets.subjectChanged(requireTicket(event, updated.ticketId()), updated.subject(), sequenceOf(event));
        } else if (TicketEventTypes.COMMENT_ADDED.equals(type)) {
            TicketCommentAdded comment = codec.dataOf(event, TicketCommentAdded.class);
            boolean agentsPublicReply = "PUBLIC".equals(comment.visibility()) && "AGENT".equals(comment.author());
            toRequester(event, comment.ticketId(), agentsPublicReply, NotificationKind.REPLIED, comment.body());
        } else if (TicketEventTypes.PENDED.equals(type)) {
            TicketPended pended = codec.dataOf(event, TicketPended.class);
            toRequester(event, pended.ticketId(), true, NotificationKind.PENDING, pended.reason());
        } else if (TicketEventTypes.RESOLVED.equals(type)) {
            TicketResolved resolved = codec.dataOf(event, TicketResolved.class);
            toRequester(event, resolved.ticketId(), true, NotificationKind.RESOLVED, resolved.note());
        } else if (TicketEventTypes.CLOSED.equals(type)) {
            TicketClosed closed = codec.dataOf(event, TicketClosed.class);
            toRequester(event, closed.ticketId(), true, NotificationKind.CLOSED, closed.reason());
        } else if (TicketEventTypes.ASSIGNED.equals(type)) {
            TicketAssigned assigned = codec.dataOf(event, TicketAssigned.class);
            // an agent who claims a ticket needs no mail about it
            boolean byAnother = assigned.assigneeId() != null && !assigned.assigneeId().equals(assigned.by());
            toStaff(event, assigned.ticketId(), byAnother, NotificationKind.ASSIGNED, assigned.assigneeId(), null);
        } else if (TicketEventTypes.ESCALATED.equals(type)) {
            TicketEscalated escalated = codec.dataOf(event, TicketEscalated.class);
            toStaff(event, escalated.ticketId(), escalated.supervisorId() != null, NotificationKind.ESCALATED,
                    escalated.supervisorId(), escalated.reason());
        } else {
            metrics.skipped();
        }
    }

    private void opened(CloudEvent event) {
        TicketOpened opened = codec.dataOf(event, TicketOpened.class);
        String ticketId = requireTicket(event, opened.ticketId());
        if (opened.number() == null || opened.requesterId() == null) {
            throw new MalformedEventException("Opened ticket " + ticketId + " has no number or requester");
        }
        TicketFacts ticket = new TicketFacts(ticketId, opened.number(), opened.subject(), opened.requesterId());
        tickets.opened(ticket, sequenceOf(event));
        requests.request(event, ticket, NotificationKind.RECEIVED, ticket.requesterId(), null);
    }

    private void toRequester(CloudEvent event, String ticketId, boolean tell, NotificationKind kind, String detail) {
        if (!tell) {
            metrics.skipped();
            return;
        }
        known(event, ticketId).ifPresent(ticket ->
                requests.request(event, ticket, kind, ticket.requesterId(), detail));
    }

    private void toStaff(CloudEvent event, String ticketId, boolean tell, NotificationKind kind, String staffId,
            String detail) {
        if (!tell || staffId == null || staffId.isBlank()) {
            metrics.skipped();
            return;
        }
        known(event, ticketId).ifPresent(ticket ->
                requests.request(event, ticket, kind, staffId, detail));
    }

    /** The ticket as kept from its opened event; a ticket opened before that event was read has none. */
    private Optional<TicketFacts> known(CloudEvent event, String dataTicketId) {
        String ticketId = requireTicket(event, dataTicketId);
        Optional<TicketFacts> ticket = tickets.find(ticketId);
        if (ticket.isEmpty()) {
            metrics.unknownTicket();
            log.warn("No notification for {} {} of ticket {}: its opened event was never read here", event.getType(),
                    event.getId(), ticketId);
        }
        return ticket;
    }

    private static String requireTicket(CloudEvent event, String dataTicketId) {
        if (dataTicketId == null || event.getSubject() == null || !event.getSubject().equals(dataTicketId)) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " is about ticket " + event.getSubject()
                    + " but its data names ticket " + dataTicketId);
        }
        return dataTicketId;
    }

    private static long sequenceOf(CloudEvent event) {
        long sequence = CloudEventCodec.sequenceOf(event);
        if (sequence < 1) {
            throw new MalformedEventException("CloudEvent " + event.getId()
                    + " has no sequence extension of 1 or more");
        }
        return sequence;
    }
}
