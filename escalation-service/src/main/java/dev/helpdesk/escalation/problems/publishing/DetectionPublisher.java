package dev.helpdesk.escalation.problems.publishing;

import dev.helpdesk.escalation.problems.DetectionQueue;
import dev.helpdesk.escalation.problems.ProblemCandidate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One pass of the detection publisher, like the SLA publisher's (decisions D21, D28): takes a
 * bounded batch of candidates whose detection is queued, sends each event without waiting, waits
 * once for all acknowledgements, and unqueues exactly the acknowledged ones. A failed send, a broker
 * that is down, or a crash between acknowledgement and unqueueing leaves the detection queued, and a
 * later pass sends the same event again (same id), which consumers drop as a repeat. Any number of
 * publishers may run over the same queue.
 */
public final class DetectionPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(DetectionPublisher.class);
    /** Batches per pass at most, so a pass ends. */
    private static final int MAX_BATCHES = 20;

    private final DetectionQueue queue;
    private final DetectionSender sender;
    private final int batchSize;
    private final Duration ackTimeout;
    /** Whether the last pass failed: an outage is logged as a warning when it starts, not every pass. */
    private volatile boolean failing;

    public DetectionPublisher(DetectionQueue queue, DetectionSender sender, int batchSize, Duration ackTimeout) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("helpdesk.problems.publish-batch must be at least 1, not " + batchSize);
        }
        this.queue = queue;
        this.sender = sender;
        this.batchSize = batchSize;
        this.ackTimeout = ackTimeout;
    }

    /** @return how many detections this pass published and unqueued */
    public int runOnce() {
        int published = 0;
        Throwable failure = null;
        for (int batch = 0; batch < MAX_BATCHES && failure == null; batch++) {
            List<ProblemCandidate> pending = queue.pending(batchSize);
            Map<String, CompletableFuture<?>> sent = new LinkedHashMap<>();
            for (ProblemCandidate candidate : pending) {
                sent.put(candidate.id(), send(candidate));
            }
            long deadline = System.nanoTime() + ackTimeout.toNanos();
            for (Map.Entry<String, CompletableFuture<?>> acknowledgement : sent.entrySet()) {
                Throwable failed = await(acknowledgement.getValue(), deadline);
                if (failed == null) {
                    queue.published(acknowledgement.getKey());
                    published++;
                } else if (failure == null) {
                    failure = failed;
                }
            }
            if (pending.size() < batchSize) {
                break;
            }
        }
        report(failure);
        return published;
    }

    private CompletableFuture<?> send(ProblemCandidate candidate) {
        try {
            return sender.send(candidate);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable await(CompletableFuture<?> acknowledgement, long deadline) {
        try {
            acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        }
    }

    private void report(Throwable failure) {
        if (failure != null && !failing) {
            LOG.warn("Could not publish problem candidate detections; they stay queued and every pass tries again",
                    failure);
        } else if (failure != null) {
            LOG.debug("Could not publish problem candidate detections: {}", failure.toString());
        } else if (failing) {
            LOG.info("Publishing problem candidate detections again");
        }
        failing = failure != null;
    }
}
