package dev.helpdesk.escalation.clocks.publishing;

import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import java.util.concurrent.CompletableFuture;

/** Where recorded warnings and breaches go: the SLA events topic, in the published language. */
public interface SlaEventSender {

    /**
     * Sends one threshold as its SLA event without waiting. Sending the same threshold again sends
     * the same event (the same id).
     *
     * @return completes once the broker has acknowledged the event (all in-sync replicas), or
     *     exceptionally if it did not
     */
    CompletableFuture<?> send(String ticketId, QueuedSlaEvent threshold);
}
