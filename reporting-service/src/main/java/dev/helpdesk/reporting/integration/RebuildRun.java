package dev.helpdesk.reporting.integration;

import dev.helpdesk.reporting.query.RebuildProgress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/** One rebuild's progress, written by the rebuild's thread and read by any request. */
final class RebuildRun {

    private final String collection;
    private final Clock clock;
    private final Instant startedAt;
    private final AtomicLong done = new AtomicLong();
    private volatile Long total;
    private volatile Instant readingSince;
    private volatile Instant finishedAt;
    private volatile String state = RebuildProgress.RUNNING;
    private volatile String failure;

    RebuildRun(String collection, Clock clock) {
        this.collection = collection;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    String collection() {
        return collection;
    }

    boolean running() {
        return RebuildProgress.RUNNING.equals(state);
    }

    void reading(long records) {
        total = records;
        readingSince = clock.instant();
    }

    void read(long records) {
        done.addAndGet(records);
    }

    void done() {
        finishedAt = clock.instant();
        state = RebuildProgress.DONE;
    }

    void failed(String reason) {
        failure = reason;
        finishedAt = clock.instant();
        state = RebuildProgress.FAILED;
    }

    RebuildProgress progress() {
        long events = done.get();
        Instant since = readingSince;
        Instant until = finishedAt == null ? clock.instant() : finishedAt;
        Double rate = null;
        Long left = null;
        if (since != null) {
            double seconds = Math.max(Duration.between(since, until).toMillis(), 1) / 1000.0;
            rate = Math.round(events / seconds * 10) / 10.0;
            Long all = total;
            if (all != null && rate > 0 && running()) {
                left = Math.round(Math.max(all - events, 0) / rate);
            } else if (!running()) {
                left = 0L;
            }
        }
        return new RebuildProgress(state, collection, startedAt, finishedAt, events, total, rate, left, failure);
    }
}
