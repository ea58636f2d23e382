package dev.helpdesk.customer.notification;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of the outbox: a mail to send once for one triggering event and one recipient.
 *
 * @param id           {@code <event id>:<kind>}: unique, so a redelivered event adds no second entry
 * @param recipientId  the requester's customer id, or the agent's or supervisor's id
 * @param details      what the template shows besides the ticket: the reply, the reason, the note, the link
 * @param messageId    the Message-ID the mail carries, the same on every attempt
 * @param address      where it went (set once sent)
 * @param attempts     sends begun so far (counted when claimed)
 */
public record Notification(
        String id,
        String eventId,
        String eventType,
        String ticketId,
        String number,
        String ticketSubject,
        NotificationKind kind,
        String recipientId,
        Map<String, String> details,
        String messageId,
        Status status,
        int attempts,
        String lastError,
        String address,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt) {

    public enum Status {
        /** Waiting for its (next) attempt. */
        PENDING,
        /** Claimed by a sender, being sent. */
        SENDING,
        SENT,
        /** Every attempt failed: reported (metric, log, {@code GET /api/v1/notifications?status=FAILED}). */
        FAILED
    }

    /** A new entry, to be sent as soon as possible. */
    static Notification toSend(String eventId, String eventType, TicketFacts ticket, NotificationKind kind,
            String recipientId, Map<String, String> details, String messageId, Instant now) {
        return new Notification(eventId + ":" + kind.name(), eventId, eventType, ticket.ticketId(), ticket.number(),
                ticket.subject(), kind, recipientId, Map.copyOf(details), messageId, Status.PENDING, 0, null, null, now,
                now, null);
    }
}
