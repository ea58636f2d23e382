package dev.helpdesk.benchmark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.helpdesk.contracts.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;

/**
 * Entry point: warms the platform up, runs the measured load while a Kafka consumer watches the
 * tickets topic, waits for the last events, and prints the report. The long-ticket scenario
 * compares latencies only and runs on its own ({@link LongTicketRun}), without Kafka; so does the
 * search scenario ({@link SearchRun}).
 *
 * <pre>java -jar benchmark/target/helpdesk-benchmark.jar --tickets=200 --warmup=50 --clients=8</pre>
 */
public final class LoadGenerator {

    static final int EXIT_PASSED = 0;
    static final int EXIT_FAILED = 1;
    static final int EXIT_USAGE = 2;

    /** A fresh group's first assignment waits for the broker's initial rebalance delay (3 s by default). */
    private static final Duration ASSIGNMENT_PATIENCE = Duration.ofSeconds(30);
    /** No record for this long: the ticket service has published everything of the warm-up. */
    private static final Duration QUIET = Duration.ofSeconds(2);
    /** How long the warm-up's events may take to drain before the measured load starts anyway. */
    private static final Duration DRAIN_PATIENCE = Duration.ofSeconds(60);
    /** How long the last events of the load may take to reach Kafka before they count as missing. */
    private static final Duration EVENT_PATIENCE = Duration.ofSeconds(30);

    private final BenchmarkOptions options;
    private final PrintStream out;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final long startNanos = System.nanoTime();
    private final Progress progress;
    /** Short, so that the tickets of one run are easy to find by subject. */
    private final String runId = UUID.randomUUID().toString().substring(0, 8);

    private LoadGenerator(BenchmarkOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.progress = new Progress(out, startNanos);
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) {
        if (BenchmarkOptions.wantsHelp(args)) {
            out.print(BenchmarkOptions.help());
            return EXIT_PASSED;
        }
        BenchmarkOptions options;
        try {
            options = BenchmarkOptions.parse(args);
        } catch (IllegalArgumentException e) {
            out.println("error: " + e.getMessage());
            out.println("Run with --help to see the options.");
            return EXIT_USAGE;
        }
        try {
            return new LoadGenerator(options, out).run();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("interrupted");
            return EXIT_FAILED;
        } catch (IOException | IllegalStateException e) {
            out.println("error: " + e.getMessage());
            return EXIT_FAILED;
        }
    }

    private int run() throws IOException, InterruptedException {
        long deadlineNanos = startNanos + options.timeout().toNanos();
        try (CloseableHttpClient http = GatewayClient.newHttpClient()) {
            return run(deadlineNanos, http);
        }
    }

    private int run(long deadlineNanos, CloseableHttpClient http) throws IOException, InterruptedException {
        TokenSource tokens = new TokenSource(http, options.gateway(), json);
        // fails fast, with the gateway's answer, if the platform is not there
        tokens.current();
        GatewayClient gateway = new GatewayClient(http, options.gateway(), tokens, json);
        Scenario scenario = options.scenario();
        if (scenario == Scenario.SEARCH) {
            // publishing takes an editor; its searches, as staff, are not recorded as portal searches
            TokenSource editor = TokenSource.supervisor(http, options.gateway(), json);
            ArticleClient articles = new ArticleClient(new GatewayClient(http, options.gateway(), editor, json),
                    options.gateway(), json);
            return finish(new SearchRun(options, articles, progress).run(deadlineNanos, editor));
        }
        if (scenario == Scenario.REPORTS) {
            // supervisors read the reports; only an administrator may rebuild them
            TokenSource supervisor = TokenSource.supervisor(http, options.gateway(), json);
            TokenSource admin = TokenSource.admin(http, options.gateway(), json);
            ReportsRun reports = new ReportsRun(options, new GatewayClient(http, options.gateway(), supervisor, json),
                    new GatewayClient(http, options.gateway(), admin, json), json, progress);
            return finish(reports.run(deadlineNanos, () -> tokens.fetched() + supervisor.fetched() + admin.fetched()));
        }
        if (scenario == Scenario.LONG_TICKET) {
            LongTicketReport report = new LongTicketRun(options, gateway, tokens, runId, progress).run(deadlineNanos);
            return finish(report);
        }

        try (KafkaLagProbe probe = new KafkaLagProbe(options.kafka(), Topics.TICKETS, json)) {
            // joins its group while the warm-up runs: a new group's first assignment takes seconds
            probe.start();
            LatencyRecorder warmup = new LatencyRecorder();
            if (options.warmup() > 0) {
                progress("warm-up: %d tickets, %d clients, scenario %s", options.warmup(), options.clients(),
                        scenario.label());
                LoadPhase phase = LoadPhase.run(runId + "-warmup", options.warmup(), options.clients(),
                        options.rate(), scenario, gateway, deadlineNanos);
                warmup = phase.recorder();
                progress("warm-up done in %.1f s, %d errors", phase.windowSeconds(), warmup.errors());
                if (phase.timedOut()) {
                    progress("the warm-up did not finish within --timeout=%ds; no measured load",
                            options.timeout().toSeconds());
                    return EXIT_FAILED;
                }
            }
            probe.awaitAssignment(ASSIGNMENT_PATIENCE);
            if (options.warmup() > 0) {
                long drainStart = System.nanoTime();
                boolean quiet = probe.awaitQuiet(QUIET, DRAIN_PATIENCE);
                double waited = (System.nanoTime() - drainStart) / 1e9;
                if (quiet) {
                    progress("warm-up events published: topic quiet for %d s after %.1f s", QUIET.toSeconds(), waited);
                } else {
                    progress("warm-up events still arriving after %.1f s; measuring anyway"
                            + " (their backlog adds to the lag)", waited);
                }
            }
            progress("Kafka consumer at the end of %s; measured load: %d tickets, %d clients", Topics.TICKETS,
                    options.tickets(), options.clients());
            LoadPhase load = LoadPhase.run(runId, options.tickets(), options.clients(), options.rate(), scenario,
                    gateway, deadlineNanos);
            progress("load done in %.1f s, %d errors%s; waiting up to %d s for the events on Kafka",
                    load.windowSeconds(), load.recorder().errors(), load.timedOut() ? ", TIMED OUT" : "",
                    EVENT_PATIENCE.toSeconds());
            KafkaStats kafka = probe.awaitEvents(load.completedTickets(), scenario.expectedEventTypes(),
                    EVENT_PATIENCE, load.lastResponseEpochMicros());
            progress("%d of %d events seen", kafka.received(), kafka.expected());
            BenchmarkReport report = report(warmup, load, kafka, tokens.fetched());
            return finish(report);
        }
    }

    /** Prints the report, writes its JSON if --report asks for it, and answers the exit code. */
    private int finish(RunReport report) throws IOException {
        out.print(report.toText());
        if (options.report().isPresent()) {
            Path file = options.report().get();
            Files.writeString(file, json.writeValueAsString(report.toJson(json)) + System.lineSeparator());
            out.println("report written to " + file.toAbsolutePath());
        }
        return report.passed() ? EXIT_PASSED : EXIT_FAILED;
    }

    private BenchmarkReport report(LatencyRecorder warmup, LoadPhase load, KafkaStats kafka, int tokensFetched) {
        double window = load.windowSeconds();
        LatencyRecorder recorder = load.recorder();
        List<CommandStats> commands = new ArrayList<>();
        List<long[]> all = new ArrayList<>();
        long count = 0;
        long errors = 0;
        for (Command command : options.scenario().commands()) {
            long[] latencies = recorder.latencies(command);
            all.add(latencies);
            count += recorder.count(command);
            errors += recorder.errors(command);
            commands.add(new CommandStats(command.label(), recorder.count(command), recorder.errors(command),
                    perSecond(recorder.count(command), window), LatencySummary.of(latencies, 1e6)));
        }
        CommandStats overall = new CommandStats("all", count, errors, perSecond(count, window),
                LatencySummary.of(concat(all), 1e6));
        List<String> samples = new ArrayList<>();
        warmup.errorSamples().forEach(sample -> samples.add("warm-up " + sample));
        samples.addAll(recorder.errorSamples());
        long opened = recorder.count(Command.OPEN) - recorder.errors(Command.OPEN);
        return new BenchmarkReport(BenchmarkReport.Settings.of(runId, options), window, opened,
                perSecond(opened, window), commands, overall, warmup.errors(), load.timedOut(), samples,
                tokensFetched, kafka);
    }

    private static double perSecond(long count, double seconds) {
        return seconds > 0 ? count / seconds : 0;
    }

    private static long[] concat(List<long[]> arrays) {
        long[] all = new long[arrays.stream().mapToInt(array -> array.length).sum()];
        int at = 0;
        for (long[] array : arrays) {
            System.arraycopy(array, 0, all, at, array.length);
            at += array.length;
        }
        return all;
    }

    private void progress(String format, Object... args) {
        progress.say(format, args);
    }
}
