package dev.helpdesk.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The report cube's benchmark (docs/benchmarks.md, issue 7): a year of synthetic tickets written to
 * the cube as the projection writes them ({@link TicketFactsWrites}), then each report asked many
 * times, with wall-clock and CPU time per report and the cube's memory per ticket. Not part of the
 * test suite: it runs only when asked, e.g.
 * {@code ./mvnw -B -ntp -pl reporting-service -am verify -DskipITs -Dtest=ReportCubeBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false -Dhelpdesk.benchmark.tickets=1000000}.
 */
@EnabledIfSystemProperty(named = ReportCubeBenchmark.TICKETS, matches = "\\d+")
class ReportCubeBenchmark {

    static final String TICKETS = "helpdesk.benchmark.tickets";
    private static final Instant NOW = Instant.parse("2026-11-27T12:34:56Z");
    private static final String[] GROUPS = {"service-desk-l1", "desktop-l2", "network-l2", "apps-l2", "security"};
    private static final String[] PRIORITIES = {"P1", "P2", "P3", "P4", "P5"};
    private static final String[] TYPES = {"INCIDENT", "INCIDENT", "INCIDENT", "SERVICE_REQUEST", "PROBLEM"};
    private static final String[] CHANNELS = {"PORTAL", "EMAIL", "PHONE", "MONITORING"};

    @Test
    void reportsOverAYearOfTickets() {
        int tickets = Integer.getInteger(TICKETS);
        int rounds = Integer.getInteger("helpdesk.benchmark.rounds", 300);
        MongoServer server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        String uri = "mongodb://" + address.getHostString() + ":" + address.getPort();
        try (MongoClient client = MongoClients.create(uri)) {
            ProjectionState projections = new ProjectionState(client.getDatabase("report-cube-benchmark"));
            ReportCubes cubes = new ReportCubes(projections);
            cubes.prepare();
            long before = usedHeap();
            long started = System.nanoTime();
            Random random = new Random(42);
            long openedLastMonth = 0;
            for (int i = 0; i < tickets; i++) {
                Document ticket = ticket(i, random);
                if (!ticket.getDate(TicketFields.OPENED_AT).toInstant().isBefore(NOW.minus(Duration.ofDays(30)))) {
                    openedLastMonth++;
                }
                cubes.written(TicketFacts.COLLECTION, null, ticket);
            }
            long feedMillis = (System.nanoTime() - started) / 1_000_000;
            long memory = usedHeap() - before;
            System.out.printf("%,d tickets written to the cube in %,d ms (%,d a second); "
                    + "cube %,d MB, %,d bytes a ticket%n",
                    tickets, feedMillis, tickets * 1000L / Math.max(feedMillis, 1), memory / 1_000_000,
                    memory / tickets);

            Map<String, Supplier<Object>> reports = reports(cubes);
            reports.values().forEach(report -> {
                for (int i = 0; i < 30; i++) {
                    report.get();
                }
            });
            System.out.println("| report | p50 ms | p99 ms | max ms | CPU p50 ms | CPU p99 ms |");
            System.out.println("|---|---|---|---|---|---|");
            reports.forEach((name, report) -> time(name, report, rounds));
            ReportSummary month = new SummaryQuery(cubes, Clock.fixed(NOW, ZoneOffset.UTC)).summarize(
                    filter(Duration.ofDays(30), null, null));
            assertThat(month.opened()).as("every ticket opened in the last 30 days, counted once")
                    .isEqualTo(openedLastMonth);
        } finally {
            server.shutdownNow();
        }
    }

    private static Map<String, Supplier<Object>> reports(ReportCubes cubes) {
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        SummaryQuery summary = new SummaryQuery(cubes, clock);
        BacklogQuery backlog = new BacklogQuery(cubes, clock);
        AgentsQuery agents = new AgentsQuery(cubes);
        RecurringQuery recurring = new RecurringQuery(cubes);
        TimeSeriesQuery series = new TimeSeriesQuery(cubes);
        Map<String, Supplier<Object>> reports = new LinkedHashMap<>();
        reports.put("summary, last 24 h", () -> summary.summarize(filter(Duration.ofDays(1), null, null)));
        reports.put("summary, last 30 days", () -> summary.summarize(filter(Duration.ofDays(30), null, null)));
        reports.put("summary, last 365 days", () -> summary.summarize(filter(Duration.ofDays(365), null, null)));
        reports.put("summary, all time", () -> summary.summarize(ReportFilter.EVERYTHING));
        reports.put("summary, 30 days, one group, P2", () -> summary.summarize(
                filter(Duration.ofDays(30), Set.of(GROUPS[0]), "P2")));
        reports.put("backlog by group, 30 days", () -> backlog.breakdown(filter(Duration.ofDays(30), null, null),
                BacklogDimension.GROUP));
        reports.put("backlog by category, all time", () -> backlog.breakdown(ReportFilter.EVERYTHING,
                BacklogDimension.CATEGORY));
        reports.put("agents, 30 days", () -> agents.agents(filter(Duration.ofDays(30), null, null)));
        reports.put("agents, 365 days", () -> agents.agents(filter(Duration.ofDays(365), null, null)));
        reports.put("recurring, 30 days", () -> recurring.recurring(filter(Duration.ofDays(30), null, null), 10));
        reports.put("time series opened per day, 30 days", () -> series.series(filter(Duration.ofDays(30), null, null),
                TimeSeriesMetric.OPENED, TimeSeriesInterval.DAY));
        reports.put("time series resolved per hour, 7 days", () -> series.series(
                filter(Duration.ofDays(7), null, null), TimeSeriesMetric.RESOLVED, TimeSeriesInterval.HOUR));
        return reports;
    }

    private static void time(String name, Supplier<Object> report, int rounds) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] wall = new long[rounds];
        long[] cpu = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long cpuBefore = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            report.get();
            wall[i] = System.nanoTime() - started;
            cpu[i] = threads.getCurrentThreadCpuTime() - cpuBefore;
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        int p99 = (int) Math.ceil(rounds * 0.99) - 1;
        System.out.printf("| %s | %.1f | %.1f | %.1f | %.1f | %.1f |%n", name, wall[rounds / 2] / 1e6, wall[p99] / 1e6,
                wall[rounds - 1] / 1e6, cpu[rounds / 2] / 1e6, cpu[p99] / 1e6);
    }

    private static ReportFilter filter(Duration back, Set<String> groups, String priority) {
        return new ReportFilter(new ReportPeriod(NOW.minus(back), NOW), groups, priority, null);
    }

    private static long usedHeap() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    /**
     * A ticket's facts as the projection writes them: opened within the last year, answered within
     * four hours, resolved within five days by one of 40 agents (the recent ones partly still open),
     * closed a week later, a third rated, one in twenty escalated, a fifth of the incidents about
     * one of 3,000 assets.
     */
    private static Document ticket(int i, Random random) {
        Instant opened = NOW.minusMillis((long) (random.nextDouble() * Duration.ofDays(365).toMillis()));
        String type = TYPES[random.nextInt(TYPES.length)];
        String agent = "agent-" + random.nextInt(40);
        boolean open = opened.isAfter(NOW.minus(Duration.ofDays(20))) && random.nextInt(10) < 3;
        Document ticket = new Document(TicketFields.TICKET_ID, "t-" + i).append(TicketFields.VERSION, 7L)
                .append(TicketFields.TYPE, type).append(TicketFields.CHANNEL, CHANNELS[random.nextInt(CHANNELS.length)])
                .append(TicketFields.CATEGORY, "category-" + random.nextInt(30))
                .append(TicketFields.ASSET_ID, random.nextInt(5) == 0 ? "asset-" + random.nextInt(3000) : null)
                .append(TicketFields.PRIORITY, PRIORITIES[random.nextInt(PRIORITIES.length)])
                .append(TicketFields.GROUP_ID, GROUPS[random.nextInt(GROUPS.length)])
                .append(TicketFields.ASSIGNEE_ID, agent).append(TicketFields.OPENED_AT, Date.from(opened));
        long firstResponse = 60 + random.nextInt(14_400);
        Instant answered = opened.plusSeconds(firstResponse);
        if (answered.isBefore(NOW)) {
            ticket.append(TicketFields.FIRST_RESPONSE_AT, Date.from(answered))
                    .append(TicketFields.FIRST_RESPONSE_SECONDS, firstResponse)
                    .append(TicketFields.FIRST_RESPONSE_BUSINESS_SECONDS, firstResponse / 2)
                    .append(TicketFields.FIRST_RESPONSE_SLA, firstResponse > 14_000 ? "BREACHED" : "MET")
                    .append(TicketFields.FIRST_RESPONSE_SLA_AT, Date.from(answered));
        }
        long resolution = firstResponse + random.nextInt(5 * 86_400);
        Instant resolved = opened.plusSeconds(resolution);
        if (open || !resolved.isBefore(NOW)) {
            return ticket.append(TicketFields.STATUS, "IN_PROGRESS").append(TicketFields.OPEN, true);
        }
        boolean closed = resolved.isBefore(NOW.minus(Duration.ofDays(7)));
        ticket.append(TicketFields.STATUS, closed ? "CLOSED" : "RESOLVED").append(TicketFields.OPEN, false)
                .append(TicketFields.RESOLVED_TIMES, List.of(Date.from(resolved)))
                .append(TicketFields.FINAL_RESOLVED_AT, Date.from(resolved))
                .append(TicketFields.RESOLUTION_SECONDS, resolution)
                .append(TicketFields.RESOLUTION_BUSINESS_SECONDS, resolution / 3)
                .append(TicketFields.RESOLVED_BY, agent)
                .append(TicketFields.FIRST_CONTACT_RESOLUTION, random.nextBoolean())
                .append(TicketFields.REOPEN_COUNT, 0L)
                .append(TicketFields.SATISFACTION_RATING, random.nextInt(3) == 0 ? 1 + random.nextInt(5) : null)
                .append(TicketFields.RESOLUTION_SLA, resolution > 4 * 86_400 ? "BREACHED" : "MET")
                .append(TicketFields.RESOLUTION_SLA_AT, Date.from(resolved));
        if (closed) {
            ticket.append(TicketFields.CLOSED_AT, Date.from(resolved.plus(Duration.ofDays(7))));
        }
        if (random.nextInt(20) == 0) {
            ticket.append(TicketFields.ESCALATED_TIMES, new ArrayList<>(List.of(Date.from(opened.plusSeconds(600)))));
        }
        return ticket;
    }
}
