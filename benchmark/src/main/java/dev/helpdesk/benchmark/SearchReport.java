package dev.helpdesk.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The result of a search run. It passes if the index held every asked article, no search failed,
 * the run finished in time, and the measured searches' p99 stayed under {@value #TARGET_P99_MS} ms
 * (issue #5's target).
 */
record SearchReport(
        Settings settings,
        long articlesIndexed,
        long articlesPublished,
        long publishErrors,
        double publishSeconds,
        double windowSeconds,
        CommandStats searches,
        long searchesWithoutHits,
        long warmupErrors,
        boolean timedOut,
        List<String> errorSamples,
        int tokensFetched) implements RunReport {

    static final double TARGET_P99_MS = 50;

    record Settings(String scenario, int articles, int clients, int searches, int warmup, String gateway) {

        static Settings of(BenchmarkOptions options) {
            return new Settings(options.scenario().label(), options.articles(), options.clients(), options.tickets(),
                    options.warmup(), options.gateway().toString());
        }
    }

    @Override
    public List<String> failures() {
        List<String> reasons = new ArrayList<>();
        if (articlesIndexed < settings.articles()) {
            reasons.add("the index shows " + articlesIndexed + " of " + settings.articles() + " benchmark articles");
        }
        if (publishErrors > 0) {
            reasons.add(publishErrors + " articles could not be published");
        }
        if (searches.errors() > 0) {
            reasons.add(searches.errors() + " of " + searches.count() + " measured searches failed");
        }
        if (warmupErrors > 0) {
            reasons.add(warmupErrors + " warm-up searches failed");
        }
        if (timedOut) {
            reasons.add("the run did not finish within --timeout");
        }
        double p99 = searches.latencyMs().p99();
        if (!(p99 < TARGET_P99_MS)) {
            reasons.add(String.format(Locale.ROOT, "search p99 %.1f ms is not under %.0f ms", p99, TARGET_P99_MS));
        }
        return reasons;
    }

    @Override
    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%nHelp desk search benchmark: %d articles, %d clients,"
                + " %d searches (+%d warm-up)%n", settings.articles(), settings.clients(), settings.searches(),
                settings.warmup()));
        text.append(String.format(Locale.ROOT, "gateway %s%n", settings.gateway()));
        if (articlesPublished > 0 || publishErrors > 0) {
            text.append(String.format(Locale.ROOT, "published %d articles in %.1f s (%.1f/s), %d failed%n",
                    articlesPublished, publishSeconds, articlesPublished / Math.max(publishSeconds, 1e-9),
                    publishErrors));
        }
        text.append(String.format(Locale.ROOT, "index: %d published benchmark articles%n", articlesIndexed));
        text.append(String.format(Locale.ROOT, "measured window %.2f s: %d searches (%.1f/s), %d without hits%n%n",
                windowSeconds, searches.count(), searches.perSecond(), searchesWithoutHits));
        LatencySummary latency = searches.latencyMs();
        text.append(String.format(Locale.ROOT, "%9s %9s %9s %9s %9s%n", "p50 ms", "p90 ms", "p99 ms", "p99.9 ms",
                "max ms"));
        text.append(String.format(Locale.ROOT, "%9.1f %9.1f %9.1f %9.1f %9.1f%n", latency.p50(), latency.p90(),
                latency.p99(), latency.p999(), latency.max()));
        appendFooter(text, tokensFetched, errorSamples);
        return text.toString();
    }
}
