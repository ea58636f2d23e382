package dev.helpdesk.benchmark;

import dev.helpdesk.benchmark.GatewayClient.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fixed number of rounds of the long-ticket scenario, shared out to virtual users, and what
 * happened in them. A round is a re-rating of each kind of ticket, then a read of each. The warm-up and
 * the measured load are two phases, so nothing of the warm-up leaks into the figures.
 */
final class LongTicketPhase {

    private final int rounds;
    private final String longTicketId;
    private final GatewayClient gateway;
    private final FreshTicket.Opener opener;
    private final AtomicInteger taken = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final Map<TicketKind, LatencyRecorder> recorders = new EnumMap<>(TicketKind.class);
    private final Map<TicketKind, Seen> seen = new EnumMap<>(TicketKind.class);
    /** Replacement fresh tickets that could not be opened and assigned. */
    private final LatencyRecorder replacements = new LatencyRecorder();
    private final AtomicLong lastResponseNanos = new AtomicLong();
    private long startNanos;
    private boolean timedOut;

    private LongTicketPhase(int rounds, String longTicketId, GatewayClient gateway, FreshTicket.Opener opener) {
        this.rounds = rounds;
        this.longTicketId = longTicketId;
        this.gateway = gateway;
        this.opener = opener;
        for (TicketKind kind : TicketKind.values()) {
            recorders.put(kind, new LatencyRecorder());
            seen.put(kind, new Seen());
        }
    }

    /**
     * Runs {@code rounds} rounds with one virtual user per fresh ticket, and returns when all are
     * done or at {@code deadlineNanos} (then the users are stopped).
     */
    static LongTicketPhase run(int rounds, String longTicketId, List<FreshTicket> freshTickets,
            FreshTicket.Opener opener, GatewayClient gateway, long deadlineNanos) throws InterruptedException {
        LongTicketPhase phase = new LongTicketPhase(rounds, longTicketId, gateway, opener);
        List<Runnable> users = new ArrayList<>();
        freshTickets.forEach(fresh -> users.add(new LongTicketUser(phase, fresh)));
        phase.startNanos = System.nanoTime();
        phase.lastResponseNanos.set(phase.startNanos);
        phase.timedOut = !VirtualUsers.run(users, deadlineNanos, () -> phase.stopped.set(true));
        return phase;
    }

    /** The next round's number (from 1), or 0 when the phase has none left or was stopped. */
    int nextRound() {
        if (stopped.get()) {
            return 0;
        }
        int next = taken.incrementAndGet();
        return next <= rounds ? next : 0;
    }

    GatewayClient gateway() {
        return gateway;
    }

    String longTicketId() {
        return longTicketId;
    }

    /** Opens and assigns a replacement for a used fresh ticket; its id, or null if that failed. */
    String replaceFresh() throws InterruptedException {
        Reply reply = opener.open();
        noteResponse(reply);
        if (reply.ok()) {
            return reply.id();
        }
        replacements.error(Command.OPEN, reply.status(), reply.body());
        return null;
    }

    /** Records the answer to one request on a ticket of {@code kind}. */
    void record(TicketKind kind, Command command, Reply reply) {
        noteResponse(reply);
        if (reply.ok()) {
            recorders.get(kind).success(command, reply.nanos());
            seen.get(kind).add(reply);
        } else {
            recorders.get(kind).error(command, reply.status(), reply.body());
        }
    }

    private void noteResponse(Reply reply) {
        if (reply.status() > 0) {
            lastResponseNanos.accumulateAndGet(System.nanoTime(), Math::max);
        }
    }

    LatencyRecorder recorder(TicketKind kind) {
        return recorders.get(kind);
    }

    /** Requests on either kind that failed; replacements of fresh tickets are counted apart. */
    long errors() {
        return recorders.values().stream().mapToLong(LatencyRecorder::errors).sum();
    }

    long replacementErrors() {
        return replacements.errors();
    }

    /** Error samples, each prefixed with the kind of ticket it was on. */
    List<String> errorSamples() {
        List<String> samples = new ArrayList<>();
        recorders.forEach((kind, recorder) -> recorder.errorSamples()
                .forEach(sample -> samples.add(kind.label() + " " + sample)));
        replacements.errorSamples().forEach(sample -> samples.add("new fresh ticket: " + sample));
        return samples;
    }

    /** Distinct tickets of {@code kind} that answered at least once. */
    int tickets(TicketKind kind) {
        return seen.get(kind).tickets();
    }

    /** The lowest ticket version a successful answer on {@code kind} showed; 0 if none. */
    long lowestVersion(TicketKind kind) {
        return seen.get(kind).lowestVersion();
    }

    long highestVersion(TicketKind kind) {
        return seen.get(kind).highestVersion();
    }

    /** The largest answer body on {@code kind}, in bytes: every answer is the whole ticket. */
    long largestAnswerBytes(TicketKind kind) {
        return seen.get(kind).largestAnswerBytes();
    }

    /** From the start of the phase to its last HTTP answer. */
    double windowSeconds() {
        return (lastResponseNanos.get() - startNanos) / 1e9;
    }

    boolean timedOut() {
        return timedOut;
    }

    /** What the successful answers on one kind showed. Synchronized: a few hundred answers per second at most. */
    private static final class Seen {
        private final Set<String> ticketIds = new HashSet<>();
        private long lowestVersion = Long.MAX_VALUE;
        private long highestVersion;
        private long largestAnswerBytes;

        synchronized void add(Reply reply) {
            ticketIds.add(reply.id());
            lowestVersion = Math.min(lowestVersion, reply.version());
            highestVersion = Math.max(highestVersion, reply.version());
            largestAnswerBytes = Math.max(largestAnswerBytes, reply.body().getBytes(StandardCharsets.UTF_8).length);
        }

        synchronized int tickets() {
            return ticketIds.size();
        }

        synchronized long lowestVersion() {
            return ticketIds.isEmpty() ? 0 : lowestVersion;
        }

        synchronized long highestVersion() {
            return highestVersion;
        }

        synchronized long largestAnswerBytes() {
            return largestAnswerBytes;
        }
    }
}
