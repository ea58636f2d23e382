package dev.helpdesk.benchmark;

import dev.helpdesk.benchmark.GatewayClient.Reply;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The search scenario (issue #5: search p99 under 50 ms with 50,000 articles):
 *
 * <ol>
 * <li>Brings the knowledge base to {@code --articles} published benchmark articles, creating,
 * submitting and publishing the missing ones through the gateway like an editor would; a later
 * run finds them and adds nothing.
 * <li>Waits until the search index shows all of them.
 * <li>Warm-up, then the measured phase: closed-loop virtual users send the fixed list of searches.
 * </ol>
 */
final class SearchRun {

    /** Like an editorial team importing a knowledge base: a few at a time. */
    static final int SEEDING_CLIENTS = 8;
    /** The index takes new articles within a second of publishing; allow for a busy machine. */
    private static final long INDEX_PATIENCE_NANOS = 60_000_000_000L;
    private static final long PROGRESS_EVERY = 5_000;
    private static final long CORPUS_SEED = 20_261_127L;
    private static final long QUERY_SEED = 5L;

    private final BenchmarkOptions options;
    private final ArticleClient articles;
    private final Progress progress;
    private final ArticleCorpus corpus = new ArticleCorpus(CORPUS_SEED);

    SearchRun(BenchmarkOptions options, ArticleClient articles, Progress progress) {
        this.options = options;
        this.articles = articles;
        this.progress = progress;
    }

    SearchReport run(long deadlineNanos, TokenSource tokens) throws InterruptedException {
        Seeding seeding = seed(deadlineNanos);
        long indexed = awaitIndexed();
        List<String> queries = SearchQueries.of(corpus, QUERY_SEED, options.warmup() + options.tickets());
        LatencyRecorder warmup = new LatencyRecorder();
        AtomicLong ignoredEmpty = new AtomicLong();
        boolean timedOut = false;
        if (options.warmup() > 0) {
            progress.say("warm-up: %d searches, %d clients", options.warmup(), options.clients());
            timedOut = !searchAll(queries.subList(0, options.warmup()), warmup, ignoredEmpty, deadlineNanos);
        }
        LatencyRecorder measured = new LatencyRecorder();
        AtomicLong empty = new AtomicLong();
        double window = 0;
        if (!timedOut) {
            progress.say("measured: %d searches, %d clients", options.tickets(), options.clients());
            long start = System.nanoTime();
            timedOut = !searchAll(queries.subList(options.warmup(), queries.size()), measured, empty, deadlineNanos);
            window = (System.nanoTime() - start) / 1e9;
        }
        long count = measured.count(Command.SEARCH);
        CommandStats stats = new CommandStats(Command.SEARCH.label(), count, measured.errors(Command.SEARCH),
                window > 0 ? count / window : 0, LatencySummary.of(measured.latencies(Command.SEARCH), 1e6));
        List<String> samples = new ArrayList<>();
        warmup.errorSamples().forEach(sample -> samples.add("warm-up " + sample));
        samples.addAll(measured.errorSamples());
        samples.addAll(seeding.errorSamples());
        return new SearchReport(SearchReport.Settings.of(options), indexed, seeding.created(), seeding.errors(),
                seeding.seconds(), window, stats, empty.get(), warmup.errors(), timedOut, samples, tokens.fetched());
    }

    /** Publishes the benchmark articles that are missing, numbered on from those that exist. */
    private Seeding seed(long deadlineNanos) throws InterruptedException {
        long published = articles.count(true);
        long missing = options.articles() - published;
        if (missing <= 0) {
            progress.say("%d benchmark articles published already; none to add", published);
            return new Seeding(0, 0, 0, List.of());
        }
        // unpublished leftovers of an interrupted run keep their numbers; the new ones come after them
        int first = (int) articles.count(false);
        int end = first + (int) missing;
        progress.say("%d benchmark articles published; publishing %d more (numbers %d to %d), %d clients",
                published, missing, first, end - 1, SEEDING_CLIENTS);
        AtomicInteger next = new AtomicInteger(first);
        AtomicInteger created = new AtomicInteger();
        AtomicLong failed = new AtomicLong();
        List<String> samples = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        List<Runnable> editors = new ArrayList<>();
        for (int i = 0; i < SEEDING_CLIENTS; i++) {
            editors.add(() -> {
                for (int n = next.getAndIncrement(); n < end; n = next.getAndIncrement()) {
                    Reply reply = publish(n);
                    if (reply == null) {
                        return;
                    }
                    if (reply.ok()) {
                        int done = created.incrementAndGet();
                        if (done % PROGRESS_EVERY == 0) {
                            progress.say("%d of %d published (%.0f/s)", done, missing,
                                    done / ((System.nanoTime() - start) / 1e9));
                        }
                    } else if (failed.incrementAndGet() <= LatencyRecorder.ERROR_SAMPLES_PER_COMMAND) {
                        samples.add("publishing article " + n + " -> " + reply.status() + ": " + reply.body());
                    }
                }
            });
        }
        boolean finished = VirtualUsers.run(editors, deadlineNanos, () -> next.set(end));
        double seconds = (System.nanoTime() - start) / 1e9;
        progress.say("published %d articles in %.1f s (%.1f/s), %d failed%s", created.get(), seconds,
                created.get() / seconds, failed.get(), finished ? "" : ", TIMED OUT");
        return new Seeding(created.get(), failed.get(), seconds, List.copyOf(samples));
    }

    /** @return the answer, or null if interrupted (the deadline passed) */
    private Reply publish(int n) {
        try {
            return articles.publishNew(corpus.article(n));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private long awaitIndexed() throws InterruptedException {
        long deadline = System.nanoTime() + INDEX_PATIENCE_NANOS;
        long published = articles.count(true);
        while (published < options.articles() && System.nanoTime() < deadline) {
            Thread.sleep(500);
            published = articles.count(true);
        }
        progress.say("the index shows %d published benchmark articles", published);
        return published;
    }

    /** @return true if every search was sent before the deadline */
    private boolean searchAll(List<String> queries, LatencyRecorder recorder, AtomicLong empty, long deadlineNanos)
            throws InterruptedException {
        AtomicInteger next = new AtomicInteger();
        List<Runnable> users = new ArrayList<>();
        for (int i = 0; i < options.clients(); i++) {
            users.add(() -> {
                for (int n = next.getAndIncrement(); n < queries.size(); n = next.getAndIncrement()) {
                    Reply reply;
                    try {
                        reply = articles.search(queries.get(n));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    if (reply.status() == 200) {
                        recorder.success(Command.SEARCH, reply.nanos());
                        if (articles.total(reply) == 0) {
                            empty.incrementAndGet();
                        }
                    } else {
                        recorder.error(Command.SEARCH, reply.status(), queries.get(n) + " -> " + reply.body());
                    }
                }
            });
        }
        return VirtualUsers.run(users, deadlineNanos, () -> next.set(queries.size()));
    }

    /** What the seeding did; errors carry their first answers. */
    private record Seeding(long created, long errors, double seconds, List<String> errorSamples) {
    }
}
