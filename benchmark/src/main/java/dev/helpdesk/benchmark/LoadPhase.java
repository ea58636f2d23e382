package dev.helpdesk.benchmark;

import dev.helpdesk.benchmark.GatewayClient.Reply;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed number of tickets, shared out to virtual users, and what happened to them. The warm-up
 * and the measured load are two phases, so nothing of the warm-up leaks into the figures.
 */
final class LoadPhase {

    private final String runId;
    private final int tickets;
    private final CreationPacer pacer;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final LatencyRecorder recorder = new LatencyRecorder();
    private final Set<String> completedTickets = ConcurrentHashMap.newKeySet();
    private final AtomicLong lastResponseNanos = new AtomicLong();
    private final AtomicLong lastResponseEpochMicros = new AtomicLong();
    private long startNanos;
    private boolean timedOut;

    private LoadPhase(String runId, int tickets, double rate) {
        this.runId = runId;
        this.tickets = tickets;
        this.pacer = CreationPacer.of(rate);
    }

    /**
     * Runs {@code tickets} tickets through {@code scenario} with {@code clients} virtual users, and
     * returns when all are done or at {@code deadlineNanos} (then the users are stopped).
     *
     * @param runId names the tickets' subjects, so a run's tickets can be found in the desk
     */
    static LoadPhase run(String runId, int tickets, int clients, double rate, Scenario scenario,
            GatewayClient gateway, long deadlineNanos) throws InterruptedException {
        LoadPhase phase = new LoadPhase(runId, tickets, rate);
        List<Runnable> users = new ArrayList<>();
        for (int i = 0; i < Math.min(clients, tickets); i++) {
            users.add(new VirtualUser(phase, gateway, scenario));
        }
        phase.startNanos = System.nanoTime();
        phase.lastResponseNanos.set(phase.startNanos);
        phase.timedOut = !VirtualUsers.run(users, deadlineNanos, () -> phase.stopped.set(true));
        return phase;
    }

    /** The next ticket's number (from 1), or 0 when the phase has none left or was stopped. */
    int nextTicket() {
        if (stopped.get()) {
            return 0;
        }
        int next = taken.incrementAndGet();
        return next <= tickets ? next : 0;
    }

    CreationPacer pacer() {
        return pacer;
    }

    String subjectOf(int ticket) {
        return "Load test " + runId + " #" + ticket;
    }

    /** Records the answer to one command; true if it succeeded. */
    boolean record(Command command, Reply reply) {
        if (reply.status() > 0) {
            lastResponseNanos.accumulateAndGet(System.nanoTime(), Math::max);
            lastResponseEpochMicros.accumulateAndGet(epochMicros(Instant.now()), Math::max);
        }
        if (reply.ok()) {
            recorder.success(command, reply.nanos());
            return true;
        }
        recorder.error(command, reply.status(), reply.body());
        return false;
    }

    void completed(String ticketId) {
        completedTickets.add(ticketId);
    }

    LatencyRecorder recorder() {
        return recorder;
    }

    /** Tickets whose whole scenario succeeded: the ones whose events must all reach Kafka. */
    Set<String> completedTickets() {
        return Set.copyOf(completedTickets);
    }

    /** From the start of the phase to its last HTTP answer. */
    double windowSeconds() {
        return (lastResponseNanos.get() - startNanos) / 1e9;
    }

    /** Wall-clock time of the last HTTP answer, comparable with Kafka and CloudEvent times. */
    long lastResponseEpochMicros() {
        return lastResponseEpochMicros.get();
    }

    boolean timedOut() {
        return timedOut;
    }

    static long epochMicros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000L);
    }
}
