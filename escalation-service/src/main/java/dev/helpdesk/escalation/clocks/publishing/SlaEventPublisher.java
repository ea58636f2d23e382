package dev.helpdesk.escalation.clocks.publishing;

import dev.helpdesk.escalation.clocks.QueuedSlaEvent;
import dev.helpdesk.escalation.clocks.publishing.PublishingQueue.QueuedThresholds;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the SLA publisher: takes the tickets with queued warnings and breaches, a bounded
 * batch at a time, sends every queued threshold of the batch without waiting (each ticket's in
 * order), waits once for all acknowledgements, and then removes from each queue, in order, exactly
 * what the broker acknowledged (decisions D21's batch-and-wait-once, D28).
 *
 * <p>Delivery is at least once and loses nothing: a threshold leaves its queue only after its
 * acknowledgement, so a failed send, a broker that is down, or a crash between acknowledgement and
 * removal leaves it queued and the next pass sends it again, as the same event (same id,
 * same sequence), which consumers drop as a repeat. Within a ticket, nothing is removed past the
 * first threshold that failed. A failure ends the pass: the broker is most likely unreachable, and
 * the next pass tries again. Any number of publishers may run over the same queues.
 */
public final class SlaEventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(SlaEventPublisher.class);
    /** Batches per pass at most, so a pass ends while clocks keep queueing. */
    private static final int MAX_BATCHES = 20;

    private final PublishingQueue queue;
    private final SlaEventSender sender;
    private final int batchSize;
    private final Duration ackTimeout;
    /** Whether the last pass failed: an outage is logged as a warning when it starts, not every pass. */
    private volatile boolean failing;

    public SlaEventPublisher(PublishingQueue queue, SlaEventSender sender, int batchSize, Duration ackTimeout) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("helpdesk.sla.publish-batch must be at least 1, not " + batchSize);
        }
        this.queue = queue;
        this.sender = sender;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
    }

    /**
     * Publishes what is queued now.
     *
     * @return how many thresholds this pass published and removed from their queues
     */
    public int runOnce() {
        int published = 0;
        int stillQueued = 0;
        Throwable failure = null;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<QueuedThresholds> pending = queue.pending(batchSize);
            List<Sent> sent = sendAll(pending);
            awaitAcknowledgements(sent);
            for (Sent ticket : sent) {
                Removed removed = removeAcknowledged(ticket);
                published += removed.count();
                if (removed.failure() != null) {
                    stillQueued++;
                    failure = failure == null ? removed.failure() : failure;
                }
            }
            if (failure != null || pending.size() < batchSize) {
                break;
            }
        }
        reportOutcome(stillQueued, failure);
        return published;
    }

    private void reportOutcome(int stillQueued, Throwable failure) {
        if (failure != null && !failing) {
            LOG.warn("Could not publish the SLA events of {} tickets; they stay queued and every pass tries again",
                    stillQueued, failure);
        } else if (failure != null) {
            LOG.debug("Could not publish the SLA events of {} tickets: {}", stillQueued, failure.toString());
        } else if (failing) {
            LOG.info("Publishing SLA events again");
        }
        failing = failure != null;
    }

    /** A ticket's queue and what was sent of it: a prefix, in order. */
    private record Sent(QueuedThresholds queued, List<CompletableFuture<?>> acknowledgements) {
    }

    private record Removed(int count, Throwable failure) {
    }

    private List<Sent> sendAll(List<QueuedThresholds> pending) {
        List<Sent> sent = new ArrayList<>();
        boolean refused = false;
        for (QueuedThresholds queued : pending) {
            List<CompletableFuture<?>> acknowledgements = new ArrayList<>();
            // once a send fails at once (no broker metadata within max.block.ms), the rest of the
            // batch would only wait as long again each
            for (QueuedSlaEvent threshold : queued.thresholds()) {
                if (refused) {
                    break;
                }
                CompletableFuture<?> acknowledgement = send(queued.ticketId(), threshold);
                acknowledgements.add(acknowledgement);
                refused = acknowledgement.isCompletedExceptionally();
            }
            sent.add(new Sent(queued, acknowledgements));
        }
        return sent;
    }

    private CompletableFuture<?> send(String ticketId, QueuedSlaEvent threshold) {
        try {
            return sender.send(ticketId, threshold);
        } catch (RuntimeException e) {
            // whatever a sender throws is a failed send, never the end of the pass's bookkeeping
            return CompletableFuture.failedFuture(e);
        }
    }

    /** Waits, at most the acknowledgement timeout in all, until every send has an answer. */
    private void awaitAcknowledgements(List<Sent> sent) {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        for (Sent ticket : sent) {
            for (CompletableFuture<?> acknowledgement : ticket.acknowledgements()) {
                try {
                    acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (ExecutionException | TimeoutException e) {
                    // read again below, per threshold
                }
            }
        }
    }

    /** Removes the acknowledged prefix of the ticket's queue; settles the queue when all of it went. */
    private Removed removeAcknowledged(Sent ticket) {
        List<QueuedSlaEvent> thresholds = ticket.queued().thresholds();
        String ticketId = ticket.queued().ticketId();
        int removed = 0;
        for (int i = 0; i < ticket.acknowledgements().size(); i++) {
            CompletableFuture<?> acknowledgement = ticket.acknowledgements().get(i);
            if (!acknowledgement.isDone() || acknowledgement.isCompletedExceptionally()) {
                return new Removed(removed, failureOf(acknowledgement));
            }
            if (queue.published(ticketId, thresholds.get(i))) {
                removed++;
            }
        }
        if (ticket.acknowledgements().size() < thresholds.size()) {
            return new Removed(removed, new IllegalStateException("not sent: an earlier send of the pass failed"));
        }
        queue.settled(ticketId);
        return new Removed(removed, null);
    }

    private static Throwable failureOf(CompletableFuture<?> acknowledgement) {
        if (!acknowledgement.isDone()) {
            return new TimeoutException("no acknowledgement in time");
        }
        try {
            acknowledgement.join();
            return null;
        } catch (RuntimeException e) {
            return e.getCause() == null ? e : e.getCause();
        }
    }
}
