package dev.helpdesk.customer.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * {@code helpdesk.customer.notifications{outcome}}: queued (an outbox entry written), duplicate (its
 * event was read before), sent, retried (an attempt failed, another will follow), failed (the last
 * attempt failed: an operator's matter); and {@code helpdesk.customer.notification-events{outcome}}
 * for the events read: skipped (nothing to tell), stale (older than {@code max-event-age}), unknown-ticket,
 * dead-lettered.
 */
@Component
class NotificationMetrics {

    static final String NOTIFICATIONS = "helpdesk.customer.notifications";
    static final String EVENTS = "helpdesk.customer.notification-events";

    private final Counter queued;
    private final Counter duplicate;
    private final Counter sent;
    private final Counter retried;
    private final Counter failed;
    private final Counter skipped;
    private final Counter stale;
    private final Counter unknownTicket;
    private final Counter deadLettered;

    NotificationMetrics(MeterRegistry meters) {
        queued = counter(meters, NOTIFICATIONS, "queued", "notifications written to the outbox");
        duplicate = counter(meters, NOTIFICATIONS, "duplicate", "notifications whose event was read before");
        sent = counter(meters, NOTIFICATIONS, "sent", "notifications the SMTP server accepted");
        retried = counter(meters, NOTIFICATIONS, "retried", "failed attempts that will be retried");
        failed = counter(meters, NOTIFICATIONS, "failed", "notifications given up after the last attempt");
        skipped = counter(meters, EVENTS, "skipped", "events that call for no notification");
        stale = counter(meters, EVENTS, "stale", "events too old to be notified when read");
        unknownTicket = counter(meters, EVENTS, "unknown-ticket", "events of a ticket whose opened event was not read");
        deadLettered = counter(meters, EVENTS, "dead-lettered", "records sent to a dead-letter topic");
    }

    void queued(boolean added) {
        (added ? queued : duplicate).increment();
    }

    void sent() {
        sent.increment();
    }

    void retried() {
        retried.increment();
    }

    void failed() {
        failed.increment();
    }

    void skipped() {
        skipped.increment();
    }

    void stale() {
        stale.increment();
    }

    void unknownTicket() {
        unknownTicket.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    private static Counter counter(MeterRegistry meters, String name, String outcome, String description) {
        return Counter.builder(name).tag("outcome", outcome).description(description).register(meters);
    }
}
