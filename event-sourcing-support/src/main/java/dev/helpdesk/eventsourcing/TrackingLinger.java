package dev.helpdesk.eventsourcing;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Spaces out tracking reads that come back nearly empty (D117). Axon's event store reads the store
 * again after every commit, and once more after every read that found something, so under load
 * each read finds an event or two: hundreds of queries a second, each carrying the ids of the whole
 * look-back window, and each processor then stores its token (the same ids again) for a batch of
 * one. A read that follows a short read (fewer events than it asked for) therefore waits until
 * {@code linger} after that short read started. Events then reach the processors in batches of
 * what arrived meanwhile, at most {@code linger} later. A read after a full batch never waits, so
 * a processor catching up reads at full speed.
 */
final class TrackingLinger {

    private final long lingerNanos;
    /** When the next read may start: {@code linger} after the start of the last short read. */
    private final AtomicLong nextReadAt;

    TrackingLinger(Duration linger) {
        if (linger.isNegative()) {
            throw new IllegalArgumentException("The tracking linger cannot be negative: " + linger);
        }
        this.lingerNanos = linger.toNanos();
        this.nextReadAt = new AtomicLong(System.nanoTime());
    }

    /** Waits for the read's turn; returns when the read started, to pass to {@link #afterRead}. */
    long beforeRead() {
        long wait = nextReadAt.get() - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                // The processor is stopping: read now, and let it see its interrupt.
                Thread.currentThread().interrupt();
            }
        }
        return System.nanoTime();
    }

    void afterRead(long startedAt, int found, int asked) {
        if (found < asked && lingerNanos > 0) {
            // the later of the two: nanoTime values are compared by their difference
            nextReadAt.accumulateAndGet(startedAt + lingerNanos,
                    (current, next) -> next - current > 0 ? next : current);
        }
    }
}
