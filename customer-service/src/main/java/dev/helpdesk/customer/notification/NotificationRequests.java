package dev.helpdesk.customer.notification;

import dev.helpdesk.customer.survey.SatisfactionTokens;
import io.cloudevents.CloudEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns "tell this recipient of this event" into an outbox entry: its id, its Message-ID, the details
 * its template shows (with the satisfaction link for a resolution), written once per event and kind.
 */
@Component
class NotificationRequests {

    private static final Logger log = LoggerFactory.getLogger(NotificationRequests.class);

    private final NotificationOutbox outbox;
    private final MailThreading threading;
    private final SatisfactionTokens surveys;
    private final NotificationSettings settings;
    private final NotificationMetrics metrics;
    private final Clock clock;

    NotificationRequests(NotificationOutbox outbox, MailThreading threading, SatisfactionTokens surveys,
            NotificationSettings settings, NotificationMetrics metrics, Clock notificationClock) {
        this.outbox = outbox;
        this.threading = threading;
        this.surveys = surveys;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = notificationClock;
    }

    void request(CloudEvent event, TicketFacts ticket, NotificationKind kind, String recipientId, String detail) {
        Instant now = clock.instant();
        if (event.getTime() != null && event.getTime().toInstant().plus(settings.maxEventAge()).isBefore(now)) {
            metrics.stale();
            log.info("No {} notification for {} {} of ticket {}: the event is from {}, older than {}", kind,
                    event.getType(), event.getId(), ticket.number(), event.getTime(), settings.maxEventAge());
            return;
        }
        String eventId = event.getId();
        Map<String, String> details = new LinkedHashMap<>();
        if (detail != null) {
            details.put("detail", detail);
        }
        if (kind == NotificationKind.RESOLVED) {
            String base = settings.publicBaseUrl().replaceAll("/+$", "");
            details.put("link", base + "/api/v1/surveys/" + surveys.issue(ticket.ticketId(), ticket.requesterId()));
        }
        String entryId = eventId + ":" + kind.name();
        Notification notification = Notification.toSend(eventId, event.getType(), ticket, kind, recipientId, details,
                threading.messageIdOf(kind, ticket.ticketId(), entryId), now);
        metrics.queued(outbox.add(notification));
    }
}
