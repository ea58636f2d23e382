package dev.helpdesk.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of one run: what was asked, what the gateway and Kafka did, and whether that is a
 * pass. A run passes only if every command of warm-up and load succeeded, the load finished in
 * time, and every expected event reached Kafka.
 */
record BenchmarkReport(
        Settings settings,
        double windowSeconds,
        long ticketsOpened,
        double ticketsPerSecond,
        List<CommandStats> commands,
        CommandStats overall,
        long warmupErrors,
        boolean timedOut,
        List<String> errorSamples,
        int tokensFetched,
        KafkaStats kafka) implements RunReport {

    /** The options that shape the figures, echoed so a saved report explains itself. */
    record Settings(String runId, String scenario, int clients, int tickets, int warmup, double rate,
            String gateway, String kafka) {

        static Settings of(String runId, BenchmarkOptions options) {
            return new Settings(runId, options.scenario().label(), options.clients(),
                    options.tickets(), options.warmup(), options.rate(), options.gateway().toString(),
                    options.kafka());
        }
    }

    @Override
    public List<String> failures() {
        List<String> reasons = new ArrayList<>();
        if (overall.errors() > 0) {
            reasons.add(overall.errors() + " of " + overall.count() + " measured commands failed");
        }
        if (warmupErrors > 0) {
            reasons.add(warmupErrors + " warm-up commands failed");
        }
        if (timedOut) {
            reasons.add("the load did not finish within --timeout");
        }
        if (kafka == null) {
            reasons.add("Kafka was not measured");
        } else {
            if (kafka.problem() != null) {
                reasons.add("Kafka probe failed: " + kafka.problem());
            }
            if (kafka.received() < kafka.expected()) {
                reasons.add("only " + kafka.received() + " of " + kafka.expected() + " expected events reached "
                        + kafka.topic());
            }
        }
        return reasons;
    }

    @Override
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nHelp desk benchmark %s: %s, %d clients, %d tickets (+%d warm-up)%s%n",
                settings.runId(), settings.scenario(), settings.clients(), settings.tickets(), settings.warmup(),
                settings.rate() > 0 ? String.format(Locale.ROOT, ", target %.1f tickets/s", settings.rate()) : ""));
        text.append(String.format(Locale.ROOT, "gateway %s, kafka %s%n", settings.gateway(), settings.kafka()));
        text.append(String.format(Locale.ROOT,
                "measured window %.2f s: %d tickets opened (%.1f/s), %d commands (%.1f/s)%n%n",
                windowSeconds, ticketsOpened, ticketsPerSecond, overall.count(), overall.perSecond()));
        text.append(String.format(Locale.ROOT, "%-9s %8s %7s %8s %9s %9s %9s %9s %9s%n",
                "command", "count", "errors", "per s", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms", "max ms"));
        for (CommandStats command : commands) {
            text.append(row(command));
        }
        text.append(row(overall));
        if (kafka != null) {
            text.append(String.format(Locale.ROOT, "%nKafka %s: %d of %d expected events", kafka.topic(),
                    kafka.received(), kafka.expected()));
            text.append(String.format(Locale.ROOT, " (%d redelivered, %d of other types, %d unreadable)%n",
                    kafka.duplicates(), kafka.otherEvents(), kafka.unreadable()));
            text.append(String.format(Locale.ROOT, "%-42s %9s %9s %9s %9s%n", "", "p50 ms", "p99 ms", "p99.9 ms",
                    "max ms"));
            text.append(lagRow("lag: seen - CloudEvent time", kafka.lagMs()));
            text.append(lagRow("in service: CreateTime - CloudEvent time", kafka.produceDelayMs()));
            if (kafka.drainMs() != null) {
                text.append(String.format(Locale.ROOT, "drain: last event %.1f ms after the last HTTP answer%n",
                        kafka.drainMs()));
            } else {
                text.append(String.format(kafka.received() < kafka.expected() ? "drain: not every event arrived%n"
                        : "drain: -%n"));
            }
        }
        appendFooter(text, tokensFetched, errorSamples);
        return text.toString();
    }

    private static String row(CommandStats stats) {
        LatencySummary latency = stats.latencyMs();
        return String.format(Locale.ROOT, "%-9s %8d %7d %8.1f %9s %9s %9s %9s %9s%n", stats.command(), stats.count(),
                stats.errors(), stats.perSecond(), ms(latency.p50()), ms(latency.p90()), ms(latency.p99()),
                ms(latency.p999()), ms(latency.max()));
    }

    private static String lagRow(String label, LatencySummary latency) {
        return String.format(Locale.ROOT, "%-42s %9s %9s %9s %9s%n", label, ms(latency.p50()), ms(latency.p99()),
                ms(latency.p999()), ms(latency.max()));
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }
}
