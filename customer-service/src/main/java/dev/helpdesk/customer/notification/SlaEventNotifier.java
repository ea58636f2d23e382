package dev.helpdesk.customer.notification;

import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaPendingReminder;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * One record of the SLA topic: a pending reminder becomes a reminder to the requester; every other
 * SLA event is skipped (an escalation reaches the supervisor through the ticket's own
 * {@code escalated} event, which names them: D61).
 */
@Component
class SlaEventNotifier {

    private static final Logger log = LoggerFactory.getLogger(SlaEventNotifier.class);

    private final CloudEventCodec codec;
    private final NotificationTickets tickets;
    private final NotificationRequests requests;
    private final NotificationMetrics metrics;

    SlaEventNotifier(CloudEventCodec codec, NotificationTickets tickets, NotificationRequests requests,
            NotificationMetrics metrics) {
        this.codec = codec;
        this.tickets = tickets;
        this.requests = requests;
        this.metrics = metrics;
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        if (!SlaEventTypes.PENDING_REMINDER.equals(event.getType())) {
            metrics.skipped();
            return;
        }
        SlaPendingReminder reminder = codec.dataOf(event, SlaPendingReminder.class);
        if (reminder.ticketId() == null) {
            throw new MalformedEventException("Pending reminder " + event.getId() + " names no ticket");
        }
        tickets.find(reminder.ticketId()).ifPresentOrElse(
                ticket -> requests.request(event, ticket, NotificationKind.PENDING_REMINDER, ticket.requesterId(),
                        Integer.toString(reminder.reminder())),
                () -> {
                    metrics.unknownTicket();
                    log.warn("No reminder {} for ticket {}: its opened event was never read here", event.getId(),
                            reminder.ticketId());
                });
    }
}
