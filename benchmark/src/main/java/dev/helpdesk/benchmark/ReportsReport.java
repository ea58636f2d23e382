package dev.helpdesk.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of a reports run (issue 7 point 7). It passes if no phase failed, the live projection
 * kept up with the paced rate, the rebuild read at least {@value #TARGET_REBUILD_RATE} events/s,
 * and every query kind's p99 stayed under {@value #TARGET_P99_MS} ms. A phase not run is null.
 */
record ReportsReport(
        Settings settings,
        Load load,
        Live live,
        Rebuild rebuild,
        List<CommandStats> queries,
        List<String> errorSamples,
        int tokensFetched) implements RunReport {

    static final double TARGET_P99_MS = 50;
    static final double TARGET_REBUILD_RATE = 20_000;

    record Settings(String scenario, int tickets, List<String> phases, double rate, int events, int clients,
            int queries, int warmup, String gateway, String kafka) {

        static Settings of(BenchmarkOptions options) {
            return new Settings(options.scenario().label(), options.tickets(), options.phases(), options.rate(),
                    options.events(), options.clients(), options.queries(), options.warmup(),
                    options.gateway().toString(), options.kafka());
        }
    }

    /**
     * Publishing the tickets' records, and the live projection working through them as fast as it
     * can: {@code caughtUpSeconds} from the first record sent until the group's lag was 0.
     */
    record Load(long records, double publishSeconds, double caughtUpSeconds, boolean caughtUp) {

        double publishRate() {
            return records / Math.max(publishSeconds, 1e-9);
        }

        double projectionRate() {
            return records / Math.max(caughtUpSeconds, 1e-9);
        }
    }

    /**
     * A paced publication at {@code rate}: the group's lag sampled each second while publishing
     * ({@code lagSamples}), and how long the last records then took to be projected.
     */
    record Live(double rate, long records, double publishSeconds, long maxLag, long lagAtEnd, double drainSeconds,
            boolean keptUp, List<Long> lagSamples) {

        double achievedRate() {
            return records / Math.max(publishSeconds, 1e-9);
        }
    }

    /** A rebuild through the API: its own figures, and the wall time from the request until DONE. */
    record Rebuild(String state, long events, Double eventsPerSecond, double wallSeconds, String failure) {
    }

    @Override
    public List<String> failures() {
        List<String> reasons = new ArrayList<>();
        if (load != null && !load.caughtUp()) {
            reasons.add("the projection had not caught up with the loaded records within --timeout");
        }
        if (live != null && !live.keptUp()) {
            reasons.add(String.format(Locale.ROOT, "the live projection did not keep up with %.0f events/s"
                    + " (lag %d at the end, %.1f s to drain)", live.rate(), live.lagAtEnd(), live.drainSeconds()));
        }
        if (rebuild != null) {
            if (!"DONE".equals(rebuild.state())) {
                reasons.add("the rebuild ended " + rebuild.state() + (rebuild.failure() == null ? ""
                        : ": " + rebuild.failure()));
            } else if (rebuild.eventsPerSecond() == null || rebuild.eventsPerSecond() < TARGET_REBUILD_RATE) {
                reasons.add(String.format(Locale.ROOT, "the rebuild read %s events/s, not %.0f",
                        rebuild.eventsPerSecond(), TARGET_REBUILD_RATE));
            }
        }
        for (CommandStats query : queries) {
            if (query.errors() > 0) {
                reasons.add(query.errors() + " of " + query.count() + " " + query.command() + " queries failed");
            }
            double p99 = query.latencyMs().p99();
            if (!(p99 < TARGET_P99_MS)) {
                reasons.add(String.format(Locale.ROOT, "%s p99 %.1f ms is not under %.0f ms", query.command(), p99,
                        TARGET_P99_MS));
            }
        }
        return reasons;
    }

    @Override
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nHelp desk reports benchmark: %d tickets, phases %s%n",
                settings.tickets(), String.join(",", settings.phases())));
        text.append(String.format(Locale.ROOT, "gateway %s, kafka %s%n", settings.gateway(), settings.kafka()));
        if (load != null) {
            text.append(String.format(Locale.ROOT, "load: %d records published in %.1f s (%.0f/s); projected live"
                    + " %s after %.1f s: %.0f events/s%n", load.records(), load.publishSeconds(), load.publishRate(),
                    load.caughtUp() ? "all" : "NOT all", load.caughtUpSeconds(), load.projectionRate()));
        }
        if (live != null) {
            text.append(String.format(Locale.ROOT, "live: %d records at %.0f/s (achieved %.0f/s); lag max %d,"
                    + " %d at the end, drained %.1f s later: %s%n", live.records(), live.rate(), live.achievedRate(),
                    live.maxLag(), live.lagAtEnd(), live.drainSeconds(), live.keptUp() ? "KEPT UP" : "FELL BEHIND"));
        }
        if (rebuild != null) {
            text.append(String.format(Locale.ROOT, "rebuild: %s, %d events in %.1f s wall, %s events/s by its own"
                    + " count%n", rebuild.state(), rebuild.events(), rebuild.wallSeconds(), rebuild.eventsPerSecond()));
        }
        if (!queries.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%nqueries (%d clients, %d per kind):%n", settings.clients(),
                    settings.queries()));
            text.append(String.format(Locale.ROOT, "%-26s %7s %6s %9s %9s %9s %9s%n", "kind", "count", "errors",
                    "p50 ms", "p90 ms", "p99 ms", "max ms"));
            for (CommandStats query : queries) {
                LatencySummary latency = query.latencyMs();
                text.append(String.format(Locale.ROOT, "%-26s %7d %6d %9.1f %9.1f %9.1f %9.1f%n", query.command(),
                        query.count(), query.errors(), latency.p50(), latency.p90(), latency.p99(), latency.max()));
            }
        }
        appendFooter(text, tokensFetched, errorSamples);
        return text.toString();
    }
}
