package dev.helpdesk.customer.notification;

import dev.helpdesk.platform.security.Caller;
import dev.helpdesk.platform.security.Role;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/notifications?ticketId=&status=&page=&size=}: the outbox, for staff (D62) — what
 * was sent to whom for a ticket, and which notifications failed for good ({@code status=FAILED}).
 * Customers and integrations get 403: the list names every recipient.
 */
@RestController
@RequestMapping(NotificationController.PATH)
class NotificationController {

    static final String PATH = "/api/v1/notifications";
    private static final int MAX_SIZE = 100;

    /** One notification as listed (no mail text: the ticket holds that). */
    record NotificationResponse(String id, String ticketId, String number, String kind, String audience,
            String recipientId, String address, String status, int attempts, String lastError, String messageId,
            String eventId, String eventType, Instant createdAt, Instant nextAttemptAt, Instant sentAt) {

        static NotificationResponse of(Notification n) {
            return new NotificationResponse(n.id(), n.ticketId(), n.number(), n.kind().name(),
                    n.kind().audience.name(), n.recipientId(), n.address(), n.status().name(), n.attempts(),
                    n.lastError(), n.messageId(), n.eventId(), n.eventType(), n.createdAt(),
                    n.status() == Notification.Status.PENDING ? n.nextAttemptAt() : null, n.sentAt());
        }
    }

    record NotificationList(List<NotificationResponse> items, int page, int size, long total) {
    }

    private final NotificationOutbox outbox;

    NotificationController(NotificationOutbox outbox) {
        this.outbox = outbox;
    }

    @GetMapping
    NotificationList list(@RequestParam(required = false) String ticketId,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size, Caller caller) {
        if (!caller.hasAny(Role.AGENT, Role.SUPERVISOR, Role.ADMIN)) {
            throw new ErrorResponseException(HttpStatus.FORBIDDEN, ProblemDetail.forStatusAndDetail(
                    HttpStatus.FORBIDDEN, "Only staff read the notifications"), null);
        }
        if (page < 0) {
            throw badRequest("page", "must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw badRequest("size", "must be between 1 and " + MAX_SIZE);
        }
        Notification.Status wanted = null;
        if (status != null) {
            try {
                wanted = Notification.Status.valueOf(status.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw badRequest("status", "must be one of " + List.of(Notification.Status.values()));
            }
        }
        NotificationOutbox.Page found = outbox.list(ticketId, wanted, page, size);
        return new NotificationList(found.items().stream().map(NotificationResponse::of).toList(), page, size,
                found.total());
    }

    private static ErrorResponseException badRequest(String field, String message) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field + " " + message);
        problem.setProperty("errors", List.of(java.util.Map.of("field", field, "message", message)));
        return new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
    }
}
