package dev.helpdesk.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.benchmark.GatewayClient.Reply;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * The reports scenario (issue 7 point 7), in the phases asked for:
 *
 * <ol>
 *   <li>{@code load}: publishes {@code --tickets} synthetic tickets' records (a year of them,
 *       {@link SyntheticTickets}) straight to Kafka as fast as it can, and measures how fast the
 *       live projection works through them: the highest rate it sustains;</li>
 *   <li>{@code live}: publishes {@code --events} more records of new tickets paced at
 *       {@code --rate} per second, sampling the reporting service's consumer lag each second:
 *       it keeps up if the lag stays within {@value #KEPT_UP_SECONDS} s of records;</li>
 *   <li>{@code rebuild}: rebuilds the projections through the API and follows it to the end;</li>
 *   <li>{@code queries}: closed-loop supervisors asking every report kind ({@link ReportQueries}).</li>
 * </ol>
 *
 * A later run reuses the loaded tickets by leaving {@code load} out.
 */
final class ReportsRun {

    static final long SEED = 20_261_127L;
    static final Duration SPAN = Duration.ofDays(365);
    /** Kept up: the lag never held more than this many seconds of records, and drained as soon after. */
    static final int KEPT_UP_SECONDS = 5;
    private static final Duration POLL = Duration.ofSeconds(1);

    private final BenchmarkOptions options;
    private final GatewayClient supervisor;
    private final GatewayClient admin;
    private final ObjectMapper json;
    private final Progress progress;
    private final List<String> errorSamples = Collections.synchronizedList(new ArrayList<>());

    ReportsRun(BenchmarkOptions options, GatewayClient supervisor, GatewayClient admin, ObjectMapper json,
            Progress progress) {
        this.options = options;
        this.supervisor = supervisor;
        this.admin = admin;
        this.json = json;
        this.progress = progress;
    }

    ReportsReport run(long deadlineNanos, IntSupplier tokensFetched) throws InterruptedException {
        ReportsReport.Load load = null;
        ReportsReport.Live live = null;
        ReportsReport.Rebuild rebuild = null;
        List<CommandStats> queries = List.of();
        try (ReportsKafka kafka = new ReportsKafka(options.kafka())) {
            kafka.ensureTopics();
            if (options.phases().contains("load")) {
                load = load(kafka, deadlineNanos);
            }
            if (options.phases().contains("live")) {
                live = live(kafka, deadlineNanos);
            }
        }
        if (options.phases().contains("rebuild")) {
            rebuild = rebuild(deadlineNanos);
        }
        if (options.phases().contains("queries")) {
            queries = queries(deadlineNanos);
        }
        return new ReportsReport(ReportsReport.Settings.of(options), load, live, rebuild, queries,
                List.copyOf(errorSamples), tokensFetched.getAsInt());
    }

    private ReportsReport.Load load(ReportsKafka kafka, long deadlineNanos) throws InterruptedException {
        SyntheticTickets tickets = new SyntheticTickets(SEED, options.tickets(), Instant.now(), SPAN);
        progress.say("load: publishing %d tickets' records over a year to Kafka", options.tickets());
        long start = System.nanoTime();
        long[] next = {start};
        long records = tickets.emit(0, record -> {
            kafka.send(record);
            if (System.nanoTime() > next[0]) {
                next[0] = System.nanoTime() + 10_000_000_000L;
                progress.say("load: %d records acknowledged", kafka.acknowledged());
            }
        });
        kafka.flush();
        double published = (System.nanoTime() - start) / 1e9;
        progress.say("load: %d records published in %.1f s (%.0f/s); waiting for the projection", records, published,
                records / published);
        boolean caughtUp = awaitLag(kafka, 0, deadlineNanos, "load");
        double caughtUpSeconds = (System.nanoTime() - start) / 1e9;
        progress.say("load: projection %s after %.1f s: %.0f events/s", caughtUp ? "caught up" : "NOT caught up",
                caughtUpSeconds, records / caughtUpSeconds);
        return new ReportsReport.Load(records, published, caughtUpSeconds, caughtUp);
    }

    private ReportsReport.Live live(ReportsKafka kafka, long deadlineNanos) throws InterruptedException {
        List<SyntheticTickets.Record> records = liveRecords();
        if (!awaitLag(kafka, 0, deadlineNanos, "live: before")) {
            progress.say("live: the projection is still behind; measuring anyway");
        }
        double rate = options.rate();
        progress.say("live: publishing %d records at %.0f/s", records.size(), rate);
        List<Long> samples = new ArrayList<>();
        long start = System.nanoTime();
        long nextSample = start + POLL.toNanos();
        long maxLag = 0;
        for (int i = 0; i < records.size(); i++) {
            long due = start + (long) (i * 1e9 / rate);
            long now;
            while ((now = System.nanoTime()) < due) {
                Thread.sleep(Math.max(0, (due - now) / 1_000_000), 0);
            }
            kafka.send(records.get(i));
            if (now >= nextSample) {
                nextSample += POLL.toNanos();
                long lag = kafka.lag();
                samples.add(lag);
                maxLag = Math.max(maxLag, lag);
                if (samples.size() % 10 == 0) {
                    progress.say("live: %d sent, lag %d", i + 1, lag);
                }
            }
            if (now > deadlineNanos) {
                break;
            }
        }
        kafka.flush();
        double publishSeconds = (System.nanoTime() - start) / 1e9;
        long lagAtEnd = kafka.lag();
        maxLag = Math.max(maxLag, lagAtEnd);
        long drainStart = System.nanoTime();
        boolean drained = awaitLag(kafka, 0, deadlineNanos, "live: drain");
        double drainSeconds = (System.nanoTime() - drainStart) / 1e9;
        boolean keptUp = drained && maxLag <= rate * KEPT_UP_SECONDS && drainSeconds <= KEPT_UP_SECONDS;
        progress.say("live: %d records in %.1f s (%.0f/s), lag max %d, %d at the end, drained in %.1f s: %s",
                records.size(), publishSeconds, records.size() / publishSeconds, maxLag, lagAtEnd, drainSeconds,
                keptUp ? "kept up" : "fell behind");
        return new ReportsReport.Live(rate, records.size(), publishSeconds, maxLag, lagAtEnd, drainSeconds, keptUp,
                samples);
    }

    /**
     * Records of tickets opened over the last minutes, numbered after the loaded ones (so they are
     * new to the projection): the first {@code --events} in time order.
     */
    private List<SyntheticTickets.Record> liveRecords() {
        // tickets opened over the phase's span: their first events are in it, the rest in the future
        // (left out), so one ticket each gives enough records
        int ticketCount = options.events();
        Duration span = Duration.ofSeconds(Math.max(60, (long) (options.events() / options.rate())));
        SyntheticTickets tickets = new SyntheticTickets(SEED, ticketCount, Instant.now(), span);
        List<SyntheticTickets.Record> records = new ArrayList<>();
        // numbered from a run-specific offset: a second live phase on the same data adds new tickets again
        int from = options.tickets() + (int) (System.currentTimeMillis() / 1000 % 1_000_000) * 10;
        tickets.emit(from, record -> {
            if (records.size() < options.events()) {
                records.add(record);
            }
        });
        return records;
    }

    /** @return true once the reporting service's lag is at most {@code target}; false at the deadline */
    private boolean awaitLag(ReportsKafka kafka, long target, long deadlineNanos, String phase)
            throws InterruptedException {
        long lastSay = System.nanoTime();
        while (System.nanoTime() < deadlineNanos) {
            long lag = kafka.lag();
            if (lag <= target) {
                return true;
            }
            if (System.nanoTime() - lastSay > 10_000_000_000L) {
                lastSay = System.nanoTime();
                progress.say("%s: lag %d", phase, lag);
            }
            Thread.sleep(200);
        }
        return false;
    }

    private ReportsReport.Rebuild rebuild(long deadlineNanos) throws InterruptedException {
        URI projections = URI.create(options.gateway() + "/api/v1/reports/projections");
        long start = System.nanoTime();
        Reply started = admin.exchange(URI.create(projections + "/rebuild"), OptionalLong.empty(),
                "{}".getBytes(StandardCharsets.UTF_8));
        if (started.status() != 202) {
            errorSamples.add("rebuild -> " + started.status() + ": " + started.body());
            return new ReportsReport.Rebuild("NOT STARTED", 0, null, 0, started.body());
        }
        progress.say("rebuild: started");
        long lastSay = System.nanoTime();
        JsonNode rebuild = null;
        while (System.nanoTime() < deadlineNanos) {
            Thread.sleep(POLL.toMillis());
            Reply status = admin.exchange(projections, OptionalLong.empty(), null);
            if (status.status() != 200) {
                continue;
            }
            rebuild = read(status.body()).path("rebuild");
            String state = rebuild.path("state").asText();
            if (System.nanoTime() - lastSay > 10_000_000_000L) {
                lastSay = System.nanoTime();
                progress.say("rebuild: %s, %d of %s events, %s/s", state, rebuild.path("eventsDone").asLong(),
                        rebuild.path("eventsTotal").asText(), rebuild.path("eventsPerSecond").asText());
            }
            if (!"RUNNING".equals(state)) {
                break;
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        if (rebuild == null) {
            return new ReportsReport.Rebuild("UNKNOWN", 0, null, wall, "no status answered");
        }
        String state = rebuild.path("state").asText();
        Double rate = rebuild.path("eventsPerSecond").isNumber() ? rebuild.path("eventsPerSecond").asDouble() : null;
        progress.say("rebuild: %s, %d events in %.1f s, %s events/s", state, rebuild.path("eventsDone").asLong(), wall,
                rate);
        return new ReportsReport.Rebuild(state, rebuild.path("eventsDone").asLong(), rate, wall,
                rebuild.path("failure").isTextual() ? rebuild.path("failure").asText() : null);
    }

    private List<CommandStats> queries(long deadlineNanos) throws InterruptedException {
        Map<String, URI> queries = ReportQueries.of(options.gateway(), Instant.now());
        List<String> kinds = List.copyOf(queries.keySet());
        progress.say("queries: %d kinds, %d warm-up and %d measured each, %d clients", kinds.size(), options.warmup(),
                options.queries(), options.clients());
        ask(queries, kinds, options.warmup(), null, deadlineNanos);
        List<List<Long>> latencies = new ArrayList<>();
        kinds.forEach(kind -> latencies.add(Collections.synchronizedList(new ArrayList<>())));
        long[] errors = new long[kinds.size()];
        long start = System.nanoTime();
        ask(queries, kinds, options.queries(), (kind, reply) -> {
            if (reply.status() == 200) {
                latencies.get(kind).add(reply.nanos());
            } else {
                synchronized (errors) {
                    errors[kind]++;
                }
                if (errorSamples.size() < 20) {
                    errorSamples.add(kinds.get(kind) + " -> " + reply.status() + ": " + reply.body());
                }
            }
        }, deadlineNanos);
        double window = (System.nanoTime() - start) / 1e9;
        List<CommandStats> stats = new ArrayList<>();
        for (int k = 0; k < kinds.size(); k++) {
            long[] values = latencies.get(k).stream().mapToLong(Long::longValue).toArray();
            long count = values.length + errors[k];
            stats.add(new CommandStats(kinds.get(k), count, errors[k], count / window, LatencySummary.of(values, 1e6)));
        }
        return stats;
    }

    /** Each client asks the kinds in turn, starting at its own, until each kind was asked {@code each} times. */
    private void ask(Map<String, URI> queries, List<String> kinds, int each, Answered answered, long deadlineNanos)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        int total = each * kinds.size();
        List<Runnable> users = new ArrayList<>();
        for (int c = 0; c < options.clients(); c++) {
            users.add(() -> {
                for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
                    int kind = n % kinds.size();
                    try {
                        Reply reply = supervisor.exchange(queries.get(kinds.get(kind)), OptionalLong.empty(), null);
                        if (answered != null) {
                            answered.reply(kind, reply);
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        VirtualUsers.run(users, deadlineNanos, () -> next.set(total));
    }

    private JsonNode read(String body) {
        try {
            return json.readTree(body);
        } catch (IOException e) {
            return json.createObjectNode();
        }
    }

    private interface Answered {
        void reply(int kind, Reply reply);
    }
}
