package dev.helpdesk.benchmark;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Spaces ticket creations evenly over all virtual users to reach a target rate. Each creation
 * takes the next slot on a shared schedule and waits for it; when the users cannot keep up they
 * fall behind the schedule and simply run as fast as they can (no burst to catch up is possible
 * beyond the clients' number). Latency is measured from the actual send, so at a rate the
 * platform cannot sustain the figures understate what an open-loop client would see.
 */
final class CreationPacer {

    private final long intervalNanos;
    private final long startNanos;
    private final AtomicLong slots = new AtomicLong();

    private CreationPacer(long intervalNanos, long startNanos) {
        this.intervalNanos = intervalNanos;
        this.startNanos = startNanos;
    }

    /** @param perSecond target creations per second; 0 for none (every call returns at once) */
    static CreationPacer of(double perSecond) {
        return new CreationPacer(perSecond > 0 ? Math.round(1e9 / perSecond) : 0, System.nanoTime());
    }

    void awaitTurn() throws InterruptedException {
        if (intervalNanos == 0) {
            return;
        }
        long slot = startNanos + slots.getAndIncrement() * intervalNanos;
        for (long wait = slot - System.nanoTime(); wait > 0; wait = slot - System.nanoTime()) {
            LockSupport.parkNanos(wait);
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
        }
    }
}
