package dev.helpdesk.escalation.scheduling;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs a pass (of the SLA timers, of the SLA publisher) on a thread of its own, the next pass
 * {@code interval} after the end of the last, the first as soon as the service starts (catching
 * up on whatever fell due or was queued while it was down). A dedicated single thread, not
 * {@code @Scheduled}: nothing else in the service can delay it, passes never overlap within an
 * instance, it starts with the context's other lifecycles (after the seeding and the indexes) and
 * stops before the Mongo and Kafka clients close, and an exception never ends the schedule.
 */
public final class PassSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(PassSchedule.class);

    private final String name;
    private final Runnable pass;
    private final Duration interval;
    private ScheduledExecutorService executor;

    /**
     * @param name            the thread's name, also used in the log
     * @param intervalSetting the property that sets {@code interval}, named when it is wrong
     */
    public PassSchedule(String name, String intervalSetting, Duration interval, Runnable pass) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException(intervalSetting + " must be positive, not " + interval);
        }
        this.name = name;
        this.pass = pass;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pass, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
        LOG.info("{} run every {}", name, interval);
    }

    @Override
    public synchronized void stop() {
        if (executor == null) {
            return;
        }
        executor.shutdown();
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
        executor = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void pass() {
        try {
            pass.run();
        } catch (RuntimeException e) {
            // a thrown exception would cancel the schedule for good
            LOG.warn("A pass of {} failed; the next one tries again", name, e);
        }
    }
}
