package dev.helpdesk.benchmark;

import dev.helpdesk.benchmark.GatewayClient.Reply;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The long-ticket scenario: does a command on a ticket with a long history take as long as on a
 * new one? The ticket service loads a ticket from its latest snapshot plus the events after it,
 * and answers from a remembered fold plus the events after that, so it should.
 *
 * <ol>
 * <li>Opens one ticket, assigns it, and re-rates it until it has {@code --events} events.
 * <li>Opens and assigns one fresh ticket per client.
 * <li>Warm-up, then the measured phase: rounds of a re-rating of each kind and a read of each.
 * </ol>
 *
 * The requests go through the gateway like any client's; Kafka is not involved.
 */
final class LongTicketRun {

    /** How often the build-up reports: at 5-100 ms a note, thousands of notes take a while. */
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final BenchmarkOptions options;
    private final GatewayClient gateway;
    private final TokenSource tokens;
    private final String runId;
    private final Progress progress;
    private final AtomicInteger freshNumber = new AtomicInteger();

    LongTicketRun(BenchmarkOptions options, GatewayClient gateway, TokenSource tokens, String runId,
            Progress progress) {
        this.options = options;
        this.gateway = gateway;
        this.tokens = tokens;
        this.runId = runId;
        this.progress = progress;
    }

    /** @throws IllegalStateException if the tickets could not be set up; there is nothing to compare then */
    LongTicketReport run(long deadlineNanos) throws InterruptedException {
        long buildStart = System.nanoTime();
        Reply assigned = required(gateway.openAssigned("Load test " + runId + " long ticket"),
                "opening and assigning the long ticket");
        String longTicketId = assigned.id();
        long version = buildUp(longTicketId, assigned.version(), deadlineNanos);
        double buildUpSeconds = (System.nanoTime() - buildStart) / 1e9;
        progress.say("long ticket %s has %d events after %.1f s", longTicketId, version, buildUpSeconds);

        List<FreshTicket> freshTickets = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            freshTickets.add(new FreshTicket(required(openFresh(), "opening and assigning a fresh ticket").id()));
        }
        progress.say("%d fresh ticket%s opened and assigned; each is replaced after %d re-ratings", freshTickets.size(),
                freshTickets.size() == 1 ? "" : "s", FreshTicket.NOTES);

        long warmupErrors = 0;
        long replacementErrors = 0;
        List<String> samples = new ArrayList<>();
        if (options.warmup() > 0) {
            // a round is a pair on each kind: half the pairs go to each
            int rounds = (options.warmup() + 1) / 2;
            progress.say("warm-up: %d comment+read pairs, %s", rounds * 2, clients());
            LongTicketPhase warmup = LongTicketPhase.run(rounds, longTicketId, freshTickets, this::openFresh, gateway,
                    deadlineNanos);
            warmupErrors = warmup.errors();
            replacementErrors += warmup.replacementErrors();
            warmup.errorSamples().forEach(sample -> samples.add("warm-up " + sample));
            progress.say("warm-up done in %.1f s, %d errors", warmup.windowSeconds(), warmupErrors);
            if (warmup.timedOut()) {
                throw new IllegalStateException("the warm-up did not finish within --timeout="
                        + options.timeout().toSeconds() + "s; no measured load");
            }
        }
        progress.say("measured load: %d re-ratings and %d reads on each kind, %s", options.tickets(),
                options.tickets(), clients());
        LongTicketPhase load = LongTicketPhase.run(options.tickets(), longTicketId, freshTickets, this::openFresh,
                gateway, deadlineNanos);
        progress.say("load done in %.1f s, %d errors%s", load.windowSeconds(), load.errors(),
                load.timedOut() ? ", TIMED OUT" : "");
        replacementErrors += load.replacementErrors();
        samples.addAll(load.errorSamples());

        LongTicketReport.KindFigures longFigures = figures(TicketKind.LONG, load);
        LongTicketReport.KindFigures freshFigures = figures(TicketKind.FRESH, load);
        return new LongTicketReport(LongTicketReport.Settings.of(runId, options), longTicketId, version,
                buildUpSeconds, load.windowSeconds(), longFigures, freshFigures,
                LongTicketReport.Ratios.of(longFigures, freshFigures), warmupErrors, replacementErrors,
                load.timedOut(), samples, tokens.fetched());
    }

    /**
     * Re-rates the ticket until it has {@code --events} events, one at a time: each re-rating is
     * one event, and without If-Match none can conflict, so no answer is needed before the next.
     *
     * @return the version reached
     */
    private long buildUp(String ticketId, long version, long deadlineNanos) throws InterruptedException {
        progress.say("long ticket %s opened; re-rating it until it has %d events", ticketId,
                options.events());
        long start = System.nanoTime();
        long lastProgress = start;
        int notes = 0;
        while (version < options.events()) {
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException("the long ticket had " + version + " of " + options.events()
                        + " events when --timeout=" + options.timeout().toSeconds() + "s ran out");
            }
            notes++;
            version = required(gateway.reprioritise(ticketId, notes), "re-rating " + notes + " of the long ticket")
                    .version();
            long now = System.nanoTime();
            if (now - lastProgress >= PROGRESS_EVERY_NANOS) {
                lastProgress = now;
                progress.say("long ticket at %d of %d events (%.1f ms a re-rating)", version, options.events(),
                        (now - start) / 1e6 / notes);
            }
        }
        return version;
    }

    private String clients() {
        return options.clients() + (options.clients() == 1 ? " client" : " clients");
    }

    private Reply openFresh() throws InterruptedException {
        return gateway.openAssigned("Load test " + runId + " fresh ticket #" + freshNumber.incrementAndGet());
    }

    private static Reply required(Reply reply, String what) {
        if (!reply.ok()) {
            String body = reply.body() == null ? "" : reply.body().replaceAll("\\s+", " ").trim();
            throw new IllegalStateException(what + " failed: "
                    + (reply.status() < 0 ? "no response" : "HTTP " + reply.status()) + ": "
                    + (body.length() > 300 ? body.substring(0, 300) + "…" : body));
        }
        return reply;
    }

    private static LongTicketReport.KindFigures figures(TicketKind kind, LongTicketPhase phase) {
        LatencyRecorder recorder = phase.recorder(kind);
        double window = phase.windowSeconds();
        return new LongTicketReport.KindFigures(kind.label(), phase.tickets(kind), phase.lowestVersion(kind),
                phase.highestVersion(kind), phase.largestAnswerBytes(kind),
                stats(recorder, Command.PRIORITY, window), stats(recorder, Command.READ, window));
    }

    private static CommandStats stats(LatencyRecorder recorder, Command command, double window) {
        long count = recorder.count(command);
        return new CommandStats(command.label(), count, recorder.errors(command), window > 0 ? count / window : 0,
                LatencySummary.of(recorder.latencies(command), 1e6));
    }
}
