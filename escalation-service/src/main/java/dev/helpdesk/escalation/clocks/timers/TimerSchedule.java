package dev.helpdesk.escalation.clocks.timers;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link ClockTimers} on a thread of its own, the next pass {@code interval} after the end of
 * the last, the first as soon as the service starts (catching up on whatever fell due while it
 * was down). A dedicated single thread, not {@code @Scheduled}: nothing else in the service can
 * delay it, passes never overlap within an instance, it starts with the context's other
 * lifecycles (after the seeding and the indexes) and stops before the Mongo client closes, and
 * an exception never ends the schedule.
 */
final class TimerSchedule implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(TimerSchedule.class);

    private final ClockTimers timers;
    private final Duration interval;
    private ScheduledExecutorService executor;

    TimerSchedule(ClockTimers timers, Duration interval) {
        if (interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("helpdesk.sla.timer-interval must be positive, not " + interval);
        }
        this.timers = timers;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        if (executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "sla-timers");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::pass, 0, interval.toNanos(), TimeUnit.NANOSECONDS);
        LOG.info("SLA timers run every {}", interval);
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
            timers.runOnce();
        } catch (RuntimeException e) {
            // a thrown exception would cancel the schedule for good
            LOG.warn("A pass of the SLA timers failed; the next one tries again", e);
        }
    }
}
