package dev.helpdesk.benchmark;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs a phase's virtual users, each on a thread of its own, until they are done or a deadline passes. */
final class VirtualUsers {

    private VirtualUsers() {
    }

    /**
     * @param stop called at the deadline, before the users are interrupted, so they take no more work
     * @return true if every user finished by {@code deadlineNanos}; false if they were stopped
     */
    static boolean run(List<Runnable> users, long deadlineNanos, Runnable stop) throws InterruptedException {
        AtomicInteger userNumber = new AtomicInteger();
        ExecutorService executor = Executors.newFixedThreadPool(users.size(), task -> {
            Thread thread = new Thread(task, "virtual-user-" + userNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        users.forEach(executor::execute);
        executor.shutdown();
        long remaining = deadlineNanos - System.nanoTime();
        if (executor.awaitTermination(Math.max(remaining, 0), TimeUnit.NANOSECONDS)) {
            return true;
        }
        stop.run();
        executor.shutdownNow();
        // an interrupted user stops within its current request's timeout at worst; do not wait that long
        executor.awaitTermination(5, TimeUnit.SECONDS);
        return false;
    }
}
