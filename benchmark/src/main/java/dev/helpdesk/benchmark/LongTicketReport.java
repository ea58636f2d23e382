package dev.helpdesk.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of a long-ticket run: the same requests on one ticket with a long history and on new
 * tickets, side by side, and the ratio of their latencies. It passes if every request succeeded
 * and the run finished in time; the ratio is for a reader to judge, not a threshold, because on a
 * shared machine it moves by more than any fixed bound would allow.
 *
 * @param builtUpVersion the long ticket's version when its build-up stopped, before warm-up and measured re-ratings
 * @param replacementErrors fresh tickets that could not be opened and assigned during warm-up or load
 */
record LongTicketReport(
        Settings settings,
        String longTicketId,
        long builtUpVersion,
        double buildUpSeconds,
        double windowSeconds,
        KindFigures longTicket,
        KindFigures freshTickets,
        Ratios ratios,
        long warmupErrors,
        long replacementErrors,
        boolean timedOut,
        List<String> errorSamples,
        int tokensFetched) implements RunReport {

    /** The options that shape the figures, echoed so a saved report explains itself. */
    record Settings(String runId, String scenario, int clients, int events, int requestsPerKind, int warmupPairs,
            String gateway) {

        static Settings of(String runId, BenchmarkOptions options) {
            return new Settings(runId, options.scenario().label(), options.clients(), options.events(),
                    options.tickets(), options.warmup(), options.gateway().toString());
        }
    }

    /**
     * One kind's figures in the measured phase.
     *
     * @param tickets distinct tickets of this kind that answered
     * @param lowestVersion the fewest events an answer showed
     * @param highestVersion the most events an answer showed (for the long ticket: its final version)
     * @param largestAnswerBytes every answer is the whole ticket
     */
    record KindFigures(String kind, int tickets, long lowestVersion, long highestVersion, long largestAnswerBytes,
            CommandStats change, CommandStats read) {
    }

    /** Long over fresh, of the latency percentiles; NaN where either side has no sample. */
    record Ratios(double changeP50, double changeP99, double readP50, double readP99) {

        static Ratios of(KindFigures longTicket, KindFigures fresh) {
            return new Ratios(
                    ratio(longTicket.change().latencyMs().p50(), fresh.change().latencyMs().p50()),
                    ratio(longTicket.change().latencyMs().p99(), fresh.change().latencyMs().p99()),
                    ratio(longTicket.read().latencyMs().p50(), fresh.read().latencyMs().p50()),
                    ratio(longTicket.read().latencyMs().p99(), fresh.read().latencyMs().p99()));
        }

        static double ratio(double longMs, double freshMs) {
            return Double.isNaN(longMs) || Double.isNaN(freshMs) || freshMs <= 0 ? Double.NaN : longMs / freshMs;
        }

        /** {@code 1.04x}, or {@code -} when there is nothing to compare. */
        static String format(double ratio) {
            return Double.isNaN(ratio) ? "-" : String.format(Locale.ROOT, "%.2fx", ratio);
        }
    }

    long measuredRequests() {
        return longTicket.change().count() + longTicket.read().count() + freshTickets.change().count()
                + freshTickets.read().count();
    }

    long measuredErrors() {
        return longTicket.change().errors() + longTicket.read().errors() + freshTickets.change().errors()
                + freshTickets.read().errors();
    }

    @Override
    public List<String> failures() {
        List<String> reasons = new ArrayList<>();
        if (measuredErrors() > 0) {
            reasons.add(measuredErrors() + " of " + measuredRequests() + " measured requests failed");
        }
        if (warmupErrors > 0) {
            reasons.add(warmupErrors + " warm-up requests failed");
        }
        if (replacementErrors > 0) {
            reasons.add(replacementErrors + " fresh tickets could not be opened and assigned");
        }
        if (timedOut) {
            reasons.add("the run did not finish within --timeout");
        }
        return reasons;
    }

    @Override
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT,
                "%nHelp desk benchmark %s: %s, %d client%s, %d re-ratings and %d reads per kind (+%d warm-up pairs)%n",
                settings.runId(), settings.scenario(), settings.clients(), settings.clients() == 1 ? "" : "s",
                settings.requestsPerKind(), settings.requestsPerKind(), settings.warmupPairs()));
        text.append(String.format(Locale.ROOT, "gateway %s; this scenario does not use Kafka%n", settings.gateway()));
        text.append(String.format(Locale.ROOT, "long ticket %s: %d events after %.1f s of re-ratings%n",
                longTicketId, builtUpVersion, buildUpSeconds));
        text.append(String.format(Locale.ROOT, "measured window %.2f s: %d requests%n%n", windowSeconds,
                measuredRequests()));
        text.append(String.format(Locale.ROOT, "%-6s %-8s %7s %7s %7s %9s %9s %9s %9s%n", "kind", "request", "count",
                "errors", "per s", "p50 ms", "p90 ms", "p99 ms", "max ms"));
        text.append(row(longTicket.kind(), longTicket.change()));
        text.append(row(freshTickets.kind(), freshTickets.change()));
        text.append(row(longTicket.kind(), longTicket.read()));
        text.append(row(freshTickets.kind(), freshTickets.read()));
        text.append(String.format(Locale.ROOT, "%n%-15s %7s %7s%n", "long / fresh", "p50", "p99"));
        text.append(String.format(Locale.ROOT, "%-15s %7s %7s%n", "priority", Ratios.format(ratios.changeP50()),
                Ratios.format(ratios.changeP99())));
        text.append(String.format(Locale.ROOT, "%-15s %7s %7s%n%n", "read", Ratios.format(ratios.readP50()),
                Ratios.format(ratios.readP99())));
        text.append(String.format(Locale.ROOT, "long ticket: version %d to %d in the measured phase, largest answer %s%n",
                longTicket.lowestVersion(), longTicket.highestVersion(), kilobytes(longTicket.largestAnswerBytes())));
        text.append(String.format(Locale.ROOT, "fresh tickets: %d, version %d to %d, largest answer %s%n",
                freshTickets.tickets(), freshTickets.lowestVersion(), freshTickets.highestVersion(),
                kilobytes(freshTickets.largestAnswerBytes())));
        text.append(String.format(
                "(every answer is the whole ticket; re-ratings do not grow it, so both kinds answer about as much)%n"));
        if (settings.clients() > 1) {
            text.append(String.format(Locale.ROOT, "note: the %d clients share the one long ticket, and commands on a"
                    + " ticket wait for each other: its latency includes that wait%n", settings.clients()));
        }
        appendFooter(text, tokensFetched, errorSamples);
        return text.toString();
    }

    private static String row(String kind, CommandStats stats) {
        LatencySummary latency = stats.latencyMs();
        return String.format(Locale.ROOT, "%-6s %-8s %7d %7d %7.1f %9s %9s %9s %9s%n", kind, stats.command(),
                stats.count(), stats.errors(), stats.perSecond(), ms(latency.p50()), ms(latency.p90()),
                ms(latency.p99()), ms(latency.max()));
    }

    private static String ms(double value) {
        return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.1f", value);
    }

    private static String kilobytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
    }
}
