package dev.helpdesk.reporting.query;

import static dev.helpdesk.reporting.query.ProjectionContract.DAY;
import static dev.helpdesk.reporting.query.ProjectionContract.NOW;
import static dev.helpdesk.reporting.query.ProjectionContract.START;
import static dev.helpdesk.reporting.query.ProjectionContract.THE_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The report cube (D105) on the embedded MongoDB-wire server: periods that start and end inside an
 * hour, and a cube read again from the documents.
 */
class ReportCubeIntegrationTest {

    private static MongoServer server;
    private static MongoClient client;
    private final Random random = new Random(11);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private ProjectionState projections;
    private TicketFactsProjection projection;
    private ReportCubes cubes;

    @BeforeAll
    static void startMongo() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
    }

    @AfterAll
    static void stopMongo() {
        client.close();
        server.shutdownNow();
    }

    @BeforeEach
    void emptyProjection() {
        MongoDatabase database = client.getDatabase("reporting-cube-test");
        database.getCollection(TicketFacts.COLLECTION).deleteMany(new Document());
        projections = new ProjectionState(database);
        cubes = new ReportCubes(projections);
        projection = new TicketFactsProjection(projections, List.of(), List.of(cubes));
        List<Object> delivered = new ArrayList<>();
        ProjectionContract.aDayOfTickets().forEach(story -> delivered.addAll(story.all()));
        delivered.addAll(delivered.subList(0, 5)); // and a few twice
        Collections.shuffle(delivered, random);
        ProjectionContract.deliver(projection, delivered);
    }

    @Test
    void aPeriodThatStartsAndEndsInsideHoursCountsEveryMomentInItAndNoneOutside() {
        // 07:50 to 10:05: the partial hours 07:50-08:00 and 10:00-10:05 are read one by one.
        ReportSummary summary = summary(new ReportPeriod(START.minus(Duration.ofMinutes(10)),
                START.plus(Duration.ofMinutes(125))));

        assertThat(summary.opened()).as("A and B at 08:00, C at 09:00, D at 10:00").isEqualTo(4);
        assertThat(summary.resolved()).as("A at 09:00; D's first resolution is at 10:10").isEqualTo(1);
        assertThat(summary.closed()).as("A at 10:00").isEqualTo(1);
        assertThat(summary.escalations()).as("C at 09:10").isEqualTo(1);
        assertThat(summary.firstResponseTime()).as("A 600 s, C 1200 s, B 2400 s")
                .isEqualTo(new TimeFigure(3, 1400.0, 2400L, 1400.0, 2400L));
        assertThat(summary.backlog()).as("C; A, B and D are resolved").isEqualTo(1);

        ReportSummary inOneHour = summary(new ReportPeriod(START.plus(Duration.ofMinutes(5)),
                START.plus(Duration.ofMinutes(35))));
        assertThat(inOneHour.opened()).isZero();
        assertThat(inOneHour.firstResponseTime().count()).as("A at 08:10; B answers at 08:40").isEqualTo(1);
        assertThat(inOneHour.slaCompliance().firstResponse()).as("A met at 08:10, B breached at 08:30")
                .isEqualTo(new SlaCompliance.Target(1, 1, 50.0));
    }

    @Test
    void aDaySplitAtAnyMomentAddsUpToTheWholeDay() {
        ReportSummary day = summary(THE_DAY);
        for (int i = 0; i < 20; i++) {
            Instant split = DAY.plusSeconds(random.nextInt(24 * 3600));
            ReportSummary before = summary(new ReportPeriod(DAY, split));
            ReportSummary after = summary(new ReportPeriod(split, THE_DAY.to()));
            assertThat(List.of(before.opened() + after.opened(), before.resolved() + after.resolved(),
                    before.closed() + after.closed(), before.reopened() + after.reopened(),
                    before.cancelled() + after.cancelled(), before.escalations() + after.escalations(),
                    before.firstResponseTime().count() + after.firstResponseTime().count(),
                    before.resolutionTime().count() + after.resolutionTime().count()))
                    .as("split at %s", split)
                    .containsExactly(day.opened(), day.resolved(), day.closed(), day.reopened(), day.cancelled(),
                            day.escalations(), day.firstResponseTime().count(), day.resolutionTime().count());
        }
    }

    @Test
    void aCubeReadFromTheDocumentsHasTheFiguresOfTheOneKeptWriteByWrite() {
        // A ticket written after the others, with moments in hours already counted
        new Story(START).opened(40, "P2").assigned(45, "l1", "anna").firstResponse(50, "anna")
                .resolved(95, "anna").all().forEach(event -> projection.apply((TicketEvent) event));
        List<Object> kept = everyReport();

        cubes = new ReportCubes(projections);

        assertThat(everyReport()).isEqualTo(kept);
    }

    private ReportSummary summary(ReportPeriod period) {
        return new SummaryQuery(cubes, clock).summarize(new ReportFilter(period, null, null, null));
    }

    /** Each report over periods on and off the hour, with and without filters. */
    private List<Object> everyReport() {
        List<Object> reports = new ArrayList<>();
        ReportPeriod offTheHour = new ReportPeriod(START.plus(Duration.ofMinutes(35)), NOW.minus(Duration.ofMinutes(7)));
        for (ReportPeriod period : List.of(THE_DAY, offTheHour)) {
            for (ReportFilter filter : List.of(new ReportFilter(period, null, null, null),
                    new ReportFilter(period, Set.of("l1"), null, null), new ReportFilter(period, null, "P5", null))) {
                reports.add(new SummaryQuery(cubes, clock).summarize(filter));
                reports.add(new BacklogQuery(cubes, clock).breakdown(filter, BacklogDimension.GROUP));
                reports.add(new AgentsQuery(cubes).agents(filter));
                reports.add(new RecurringQuery(cubes).recurring(filter, 10));
                reports.add(new TimeSeriesQuery(cubes).series(filter, TimeSeriesMetric.RESOLVED,
                        TimeSeriesInterval.HOUR));
            }
        }
        return reports;
    }
}
