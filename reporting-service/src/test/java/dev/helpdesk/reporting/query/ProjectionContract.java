package dev.helpdesk.reporting.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The projection and the summary together on a real MongoDB-wire server: ticket histories fed in
 * shuffled order with duplicates, then every figure of the summary asserted exactly. The
 * definitions are in docs/reports.md; the stories below are worked out by hand in the comments.
 */
abstract class ProjectionContract {

    /** The day reported on; the stories start at 08:00 and the report is read at 20:00. */
    static final Instant DAY = Instant.parse("2026-11-02T00:00:00Z");
    static final Instant START = DAY.plus(Duration.ofHours(8));
    static final Instant NOW = DAY.plus(Duration.ofHours(20));
    static final ReportPeriod THE_DAY = new ReportPeriod(DAY, DAY.plus(Duration.ofDays(1)));

    private ProjectionState projections;
    private TicketFactsProjection projection;
    private SummaryQuery summaries;
    private BacklogQuery backlog;
    private AgentsQuery agents;
    private RecurringQuery recurring;
    private TimeSeriesQuery timeSeries;
    private KnowledgeQuery knowledge;
    private SlaRiskQuery slaRisk;
    private ArticleFactsProjection articles;
    private final Random random = new Random(7);

    protected abstract MongoDatabase database();

    @BeforeEach
    void emptyProjection() {
        // Emptied rather than dropped: the embedded server logs an error for dropping what is not there.
        database().getCollection(TicketFacts.COLLECTION).deleteMany(new Document());
        database().getCollection(ProjectionState.COLLECTION).deleteMany(new Document());
        projections = new ProjectionState(database());
        ReportCubes cubes = new ReportCubes(projections);
        projection = new TicketFactsProjection(projections, List.of(), List.of(cubes));
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
        summaries = new SummaryQuery(cubes, clock);
        backlog = new BacklogQuery(cubes, clock);
        agents = new AgentsQuery(cubes);
        recurring = new RecurringQuery(cubes);
        timeSeries = new TimeSeriesQuery(cubes);
        knowledge = new KnowledgeQuery(projections);
        slaRisk = new SlaRiskQuery(projections, clock);
        articles = new ArticleFactsProjection(projections);
        database().getCollection(TicketFacts.COLLECTION + "_articles").deleteMany(new Document());
        database().getCollection(TicketFacts.COLLECTION + "_deflections").deleteMany(new Document());
    }

    /** Seven tickets of one day, each figure worked out by hand in docs/reports.md's terms. */
    static List<Story> aDayOfTickets() {
        // A: first response after 10 min, resolved after 1 h by its first agent, closed, rated 5.
        // Its SLA stops (business hours 08:00 to 18:00, D98): 10 and 60 business minutes.
        Story a = new Story(START).opened(0, "P3").assigned(5, "l1", "anna").firstResponse(10, "anna")
                .resolved(60, "anna").closed(120).rated(130, 5)
                .stopped(10, SlaEvent.FIRST_RESPONSE, 1, 10).stopped(60, SlaEvent.RESOLUTION, 2, 60);
        // B: first response after 40 min, breached at 30; pending once; resolved after 3 h; rated 3.
        // Its resolution used 175 business minutes: the 5 pending ones do not count.
        Story b = new Story(START).opened(0, "P2").assigned(2, "l1", "anna").breached(30, SlaEvent.FIRST_RESPONSE)
                .firstResponse(40, "anna").pended(50).resumed(55).resolved(180, "anna").rated(190, 3, "RESOLVED")
                .stopped(40, SlaEvent.FIRST_RESPONSE, 2, 40).stopped(180, SlaEvent.RESOLUTION, 3, 175);
        // C: a service request escalated from l1 to l2, answered after 20 min, still open (11 h old at 20:00).
        Story c = new Story(START).opened(60, "P1", "SERVICE_REQUEST", "laptops").assigned(61, "l1", null)
                .escalated(70, "l2").assigned(75, "l2", "ben").firstResponse(80, "ben")
                .stopped(80, SlaEvent.FIRST_RESPONSE, 1, 20);
        // D: resolved, reopened, resolved again 140 min after opening, all by ben: no first response.
        // Its clock stopped the first response at the first resolution (no reply: not a first response
        // here), and the resolution twice: 10, then 10 + 60 business minutes (the reopen gap does not count).
        Story d = new Story(START).opened(120, "P4").assigned(121, "l2", "ben").resolved(130, "ben").reopened(200)
                .resolved(260, "ben").stopped(130, SlaEvent.FIRST_RESPONSE, 1, 10)
                .stopped(130, SlaEvent.RESOLUTION, 2, 10).stopped(260, SlaEvent.RESOLUTION, 3, 70);
        // E: a printing incident opened at 18:00 and untouched: 2 h old at 20:00.
        Story e = new Story(START).opened(600, "P5", "INCIDENT", "printing");
        // F: cancelled.
        Story f = new Story(START).opened(630, "P5").cancelled(640);
        // G: opened the day before, resolved today by whoever took it: 29 h after opening.
        // Business hours: 10 yesterday, 5 today.
        Story g = new Story(START.minus(Duration.ofDays(1))).opened(0, "P3").resolved(24 * 60 + 300, "anna")
                .stopped(24 * 60 + 300, SlaEvent.FIRST_RESPONSE, 1, 15 * 60)
                .stopped(24 * 60 + 300, SlaEvent.RESOLUTION, 2, 15 * 60);
        return List.of(a, b, c, d, e, f, g);
    }

    @Test
    void everyFigureOfADayIsExactWhateverTheOrderAndTheDuplicatesOfDelivery() {
        deliverShuffledWithDuplicates(aDayOfTickets());

        ReportSummary day = summaries.summarize(new ReportFilter(THE_DAY, null, null, null));

        assertThat(day.opened()).as("A to F; G opened the day before").isEqualTo(6);
        assertThat(day.resolved()).as("A, B, D twice, G").isEqualTo(5);
        assertThat(day.closed()).isEqualTo(1);
        assertThat(day.reopened()).isEqualTo(1);
        assertThat(day.cancelled()).isEqualTo(1);
        assertThat(day.escalations()).isEqualTo(1);
        assertThat(day.backlog()).as("C and E").isEqualTo(2);
        assertThat(day.byPriority()).containsExactly(entry("P1", 1L), entry("P2", 1L), entry("P3", 1L),
                entry("P4", 1L), entry("P5", 2L));
        assertThat(day.byStatus()).containsExactly(entry("NEW", 1L), entry("IN_PROGRESS", 1L), entry("RESOLVED", 2L),
                entry("CLOSED", 1L), entry("CANCELLED", 1L));
        assertThat(day.backlogAge()).containsExactly(entry("under1h", 0L), entry("1hTo8h", 1L), entry("8hTo24h", 1L),
                entry("1dTo3d", 0L), entry("3dTo7d", 0L), entry("7dTo30d", 0L), entry("30dOrMore", 0L));
        // First responses of A (600 s), C (1200 s), B (2400 s): mean 1400, p90 rank ceil(2.7) = 3.
        // All in business hours, without pending: the same in business time.
        assertThat(day.firstResponseTime()).isEqualTo(new TimeFigure(3, 1400.0, 2400L, 1400.0, 2400L));
        // Resolved for good: A 3600, D 8400, B 10800, G 104400: mean 31800, p90 rank ceil(3.6) = 4.
        // Business: A 3600, D 4200, B 10500, G 54000: mean 18075, p90 rank 4.
        assertThat(day.resolutionTime()).isEqualTo(new TimeFigure(4, 31800.0, 104400L, 18075.0, 54000L));
        assertThat(day.slaCompliance().firstResponse()).isEqualTo(new SlaCompliance.Target(2, 1, 66.7));
        assertThat(day.slaCompliance().resolution()).isEqualTo(new SlaCompliance.Target(4, 0, 100.0));
        assertThat(day.firstContactResolution()).as("A, D, G; not B, pending once").isEqualTo(new Share(4, 3, 75.0));
        assertThat(day.reopenRate()).as("D").isEqualTo(new Share(4, 1, 25.0));
        assertThat(day.satisfaction()).isEqualTo(new Satisfaction(4, 2, 4.0, 50.0));
        assertThat(day.asOf()).isEqualTo(NOW);
    }

    @Test
    void theFiguresOfAnHourCountOnlyWhatHappenedInIt() {
        deliverShuffledWithDuplicates(aDayOfTickets());

        ReportSummary hour = summaries.summarize(new ReportFilter(
                new ReportPeriod(START, START.plus(Duration.ofHours(1))), null, null, null));

        assertThat(hour.opened()).as("A and B; C opens at 09:00, the end, which is exclusive").isEqualTo(2);
        assertThat(hour.firstResponseTime().count()).isEqualTo(2);
        assertThat(hour.firstResponseTime().meanSeconds()).isEqualTo(1500.0);
        assertThat(hour.resolved()).as("A is resolved at 09:00").isZero();
        assertThat(hour.slaCompliance().firstResponse()).isEqualTo(new SlaCompliance.Target(1, 1, 50.0));
        assertThat(hour.resolutionTime()).isEqualTo(new TimeFigure(0, null, null, null, null));
        assertThat(hour.satisfaction()).isEqualTo(new Satisfaction(0, 0, null, null));
    }

    @Test
    void groupPriorityAndTypeNarrowEveryFigureToTheTicketsNowInThem() {
        deliverShuffledWithDuplicates(aDayOfTickets());

        ReportSummary l2 = summaries.summarize(new ReportFilter(THE_DAY, Set.of("l2"), null, null));
        assertThat(l2.opened()).as("C and D").isEqualTo(2);
        assertThat(l2.escalations()).isEqualTo(1);
        assertThat(l2.resolutionTime()).isEqualTo(new TimeFigure(1, 8400.0, 8400L, 4200.0, 4200L));
        assertThat(l2.groupIds()).containsExactly("l2");

        ReportSummary p5 = summaries.summarize(new ReportFilter(THE_DAY, null, "P5", null));
        assertThat(p5.opened()).isEqualTo(2);
        assertThat(p5.backlog()).isEqualTo(1);
        assertThat(p5.cancelled()).isEqualTo(1);

        ReportSummary requests = summaries.summarize(new ReportFilter(THE_DAY, null, null, "SERVICE_REQUEST"));
        assertThat(requests.opened()).isEqualTo(1);
        assertThat(requests.firstResponseTime().count()).isEqualTo(1);

        ReportSummary noGroup = summaries.summarize(new ReportFilter(THE_DAY, Set.of(), null, null));
        assertThat(noGroup.opened()).as("an agent in no group sees nothing").isZero();
    }

    @Test
    void theBacklogBrokenDownByGroupAndPriorityHasEachOpenTicketOnceWithItsAge() {
        deliverShuffledWithDuplicates(aDayOfTickets());

        BacklogBreakdown byGroup = backlog.breakdown(ReportFilter.EVERYTHING, BacklogDimension.GROUP);
        assertThat(byGroup.backlog()).isEqualTo(2);
        assertThat(byGroup.items()).extracting(BacklogBreakdown.Item::key).as("largest first, then by key, none last")
                .containsExactly("l2", null);
        BacklogBreakdown.Item l2 = byGroup.items().get(0);
        assertThat(l2.backlog()).isEqualTo(1);
        assertThat(l2.oldestOpenedAt()).isEqualTo(Story.minute(START, 60));
        assertThat(l2.backlogAge()).containsEntry("8hTo24h", 1L).containsEntry("1hTo8h", 0L).hasSize(7);
        assertThat(byGroup.items().get(1).backlogAge()).containsEntry("1hTo8h", 1L);

        BacklogBreakdown byPriority = backlog.breakdown(new ReportFilter(THE_DAY, null, null, null),
                BacklogDimension.PRIORITY);
        assertThat(byPriority.items()).extracting(BacklogBreakdown.Item::key).containsExactly("P1", "P5");
        BacklogBreakdown ofL2 = backlog.breakdown(new ReportFilter(THE_DAY, Set.of("l2"), null, null),
                BacklogDimension.CATEGORY);
        assertThat(ofL2.items()).extracting(BacklogBreakdown.Item::key).containsExactly("laptops");
    }

    @Test
    void eachAgentHasTheirOpenLoadAndTheTicketsTheyResolvedForGoodWithMedianAndRating() {
        deliverShuffledWithDuplicates(aDayOfTickets());

        AgentsReport report = agents.agents(new ReportFilter(THE_DAY, null, null, null));

        // anna resolved A (3600 s, rated 5), B (10800 s, rated 3) and G (104400 s); ben D (8400 s) and has C open.
        assertThat(report.items()).containsExactly(
                new AgentsReport.Agent("anna", 0, 3, 10800L, 2, 4.0),
                new AgentsReport.Agent("ben", 1, 1, 8400L, 0, null));
        assertThat(agents.agents(new ReportFilter(THE_DAY, Set.of("l1"), null, null)).items())
                .extracting(AgentsReport.Agent::agentId).as("G was never in a group").containsExactly("anna");
    }

    @Test
    void recurringIncidentsAreCountedPerCategoryAgainstThePeriodBefore() {
        deliverShuffledWithDuplicates(aDayOfTickets());

        RecurringReport report = recurring.recurring(new ReportFilter(THE_DAY, null, null, null), 10);

        // Incidents of the day: A, B, D, F network, E printing (C is a service request); the day before: G network.
        assertThat(report.categories()).containsExactly(
                new RecurringReport.Category("network", 4, 1, 3, "UP"),
                new RecurringReport.Category("printing", 1, 0, 1, "NEW"));
        assertThat(report.previousFrom()).isEqualTo(DAY.minus(Duration.ofDays(1)));
        assertThat(report.assets()).as("no incident of the day names an asset").isEmpty();
        assertThat(recurring.recurring(new ReportFilter(THE_DAY, null, null, null), 1).categories()).hasSize(1);
    }

    @Test
    void aTimeSeriesHasEveryIntervalOfThePeriodWithZerosAndCountsLikeTheSummary() {
        deliverShuffledWithDuplicates(aDayOfTickets());

        TimeSeries hourly = timeSeries.series(new ReportFilter(THE_DAY, null, null, null), TimeSeriesMetric.RESOLVED,
                TimeSeriesInterval.HOUR);
        assertThat(hourly.points()).hasSize(24);
        // A at 09:00, D at 10:10 and 12:20, B at 11:00, G at 13:00.
        assertThat(hourly.points()).filteredOn(point -> point.value() > 0).containsExactly(
                new TimeSeries.Point(DAY.plus(Duration.ofHours(9)), 1), new TimeSeries.Point(DAY.plus(Duration.ofHours(10)), 1),
                new TimeSeries.Point(DAY.plus(Duration.ofHours(11)), 1), new TimeSeries.Point(DAY.plus(Duration.ofHours(12)), 1),
                new TimeSeries.Point(DAY.plus(Duration.ofHours(13)), 1));

        ReportPeriod twoDays = new ReportPeriod(DAY.minus(Duration.ofDays(1)), DAY.plus(Duration.ofDays(1)));
        assertThat(timeSeries.series(new ReportFilter(twoDays, null, null, null), TimeSeriesMetric.OPENED,
                TimeSeriesInterval.DAY).points()).containsExactly(
                new TimeSeries.Point(DAY.minus(Duration.ofDays(1)), 1), new TimeSeries.Point(DAY, 6));
        // 2026-11-02 is a Monday: the day before belongs to the week of 26 October.
        assertThat(timeSeries.series(new ReportFilter(twoDays, null, null, null), TimeSeriesMetric.OPENED,
                TimeSeriesInterval.WEEK).points()).containsExactly(
                new TimeSeries.Point(DAY.minus(Duration.ofDays(7)), 1), new TimeSeries.Point(DAY, 6));
        assertThat(timeSeries.series(new ReportFilter(THE_DAY, null, null, null),
                TimeSeriesMetric.SLA_BREACHES_FIRST_RESPONSE, TimeSeriesInterval.DAY).points())
                .containsExactly(new TimeSeries.Point(DAY, 1));
        assertThat(timeSeries.series(new ReportFilter(THE_DAY, Set.of("l2"), null, null), TimeSeriesMetric.ESCALATIONS,
                TimeSeriesInterval.DAY).points()).containsExactly(new TimeSeries.Point(DAY, 1));
    }

    @Test
    void whileACollectionIsBuiltEveryEventGoesToItTooAndOnceSwitchedToItServesTheSameFigures() {
        String rebuilt = TicketFacts.COLLECTION + "_test_rebuild";
        database().getCollection(rebuilt).drop();
        assertThat(projections.startBuilding(rebuilt)).isTrue();
        assertThat(projections.startBuilding(rebuilt + "_2")).as("one rebuild at a time").isFalse();

        database().getCollection(rebuilt + "_articles").drop();
        deliverShuffledWithDuplicates(aDayOfTickets());
        articles.apply(new ArticleEvent("kb-built", "b1", 1, true, "PUBLISHED", "Built twice", "en", "FAQ"));
        ReportSummary before = summaries.summarize(new ReportFilter(THE_DAY, null, null, null));
        String previous = projections.switchTo(rebuilt);
        Document built = projections.servingArticles().find(new Document("_id", "kb-built")).first();
        assertThat(built).as("the article went to the articles beside the collection being built too").isNotNull();
        assertThat(built.getString("title")).isEqualTo("Built twice");

        assertThat(previous).isEqualTo(TicketFacts.COLLECTION);
        assertThat(projections.servingName()).isEqualTo(rebuilt);
        assertThat(summaries.summarize(new ReportFilter(THE_DAY, null, null, null))).isEqualTo(before);
        assertThat(projections.startBuilding(rebuilt + "_3")).as("free again once switched").isTrue();
        projections.abandon(rebuilt + "_3");
        projections.switchTo(TicketFacts.COLLECTION);
        projections.drop(rebuilt);
    }

    @Test
    void aPreparedCollectionHasTheQueriesIndexesAndNoneOfTheRetiredOnes() {
        String name = TicketFacts.COLLECTION + "_indexes";
        MongoCollection<Document> collection = database().getCollection(name);
        collection.insertOne(new Document("_id", "T-1"));
        // as an earlier version left it: with the indexes the summary and breakdowns were read by
        List.of("firstResponseAt", "finalResolvedAt", "closedAt", "escalatedTimes", "assigneeId", "openedAt")
                .forEach(field -> collection.createIndex(new Document(field, 1)));

        projections.prepare(name);

        List<String> names = new ArrayList<>();
        collection.listIndexes().forEach(index -> names.add(index.getString("name")));
        assertThat(names).contains("openedAt_1", "firstResponseSlaAt_1", "resolutionSlaAt_1", "slaRisk_1_slaRiskAt_1")
                .doesNotContain("firstResponseAt_1", "finalResolvedAt_1", "closedAt_1", "escalatedTimes_1",
                        "assigneeId_1");
        collection.drop();
    }

    @Test
    void statusesFollowTheWorkflowAndValuesFromANewerProducerAreKept() {
        for (Story story : List.of(new Story(START).opened(0, "P9").then(1, TicketEvent.Kind.PENDED, "ON_HOLD", "x"),
                new Story(START).opened(0, "P2").closed(1), new Story(START).opened(0, "P2"),
                new Story(START).opened(0, "P2").assigned(1, "l1", "anna"))) {
            story.events().forEach(projection::apply);
        }

        ReportSummary day = summaries.summarize(new ReportFilter(THE_DAY, null, null, null));

        assertThat(day.byStatus().keySet()).containsExactly("NEW", "ASSIGNED", "CLOSED", "ON_HOLD");
        assertThat(day.byPriority()).containsEntry("P9", 1L).containsEntry("P1", 0L);
        assertThat(day.backlog()).as("ON_HOLD is not a status out of the backlog").isEqualTo(3);
    }

    @Test
    void aDuplicateChangesNothingAndSaysSo() {
        Story story = new Story(START).opened(0, "P3").resolved(10, "anna").reopened(20).breached(30, SlaEvent.RESOLUTION);
        for (TicketEvent event : story.events()) {
            assertThat(projection.apply(event)).isEqualTo(ApplyOutcome.APPLIED);
        }
        assertThat(projection.apply(story.thresholds().get(0))).isEqualTo(ApplyOutcome.APPLIED);

        for (TicketEvent event : story.events()) {
            assertThat(projection.apply(event)).as("again: %s", event.kind()).isEqualTo(ApplyOutcome.ALREADY_APPLIED);
        }
        assertThat(projection.apply(story.thresholds().get(0))).isEqualTo(ApplyOutcome.ALREADY_APPLIED);
        TicketFacts facts = projection.find(story.ticketId).orElseThrow();
        assertThat(facts.reopenCount()).isEqualTo(1);
        assertThat(facts.resolvedTimes()).hasSize(1);
        assertThat(facts.resolutionSla().outcome()).isEqualTo(TicketFacts.SlaOutcome.BREACHED);
    }

    @Test
    void aLateEventTakesItsPlaceAsIfItHadComeInOrder() {
        Story story = new Story(START).opened(0, "P3").assigned(1, "l1", "anna").resolved(10, "anna").reopened(20)
                .resolved(30, "anna");
        List<TicketEvent> events = story.events();
        // The first resolution arrives last: it still counts, and the ticket stays resolved.
        for (int i : new int[] {0, 1, 3, 4, 2}) {
            projection.apply(events.get(i));
        }

        TicketFacts facts = projection.find(story.ticketId).orElseThrow();
        assertThat(facts.status()).isEqualTo("RESOLVED");
        assertThat(facts.resolvedTimes()).containsExactly(Story.minute(START, 10), Story.minute(START, 30));
        assertThat(facts.resolutionSeconds()).isEqualTo(1800);
        assertThat(summaries.summarize(new ReportFilter(THE_DAY, null, null, null)).resolved()).isEqualTo(2);
    }

    @Test
    void articlesAreRankedByTheTicketsWhoseResolutionInThePeriodCitedThemEachTicketOnce() {
        // vpn: A (cited twice, counts once), B, and C the day before (outside); wifi: D in l2; printer: E, reopened.
        Story a = new Story(START).opened(0, "P3").assigned(1, "l1", "anna").resolved(10, "anna", "kb-vpn")
                .reopened(20).resolved(30, "anna", "kb-vpn");
        Story b = new Story(START).opened(0, "P3").assigned(1, "l1", "anna").resolved(40, "anna", "kb-vpn");
        Story c = new Story(START.minus(Duration.ofDays(1))).opened(0, "P3").resolved(10, "anna", "kb-vpn");
        Story d = new Story(START).opened(0, "P2").assigned(1, "l2", "ben").resolved(50, "ben", "kb-wifi");
        Story e = new Story(START).opened(0, "P2").assigned(1, "l1", "anna").resolved(60, "anna", "kb-printer")
                .reopened(70);
        Story none = new Story(START).opened(0, "P2").resolved(5, "anna");
        deliverShuffledWithDuplicates(List.of(a, b, c, d, e, none));

        assertThat(knowledge.articles(new ReportFilter(THE_DAY, null, null, null), null, 10).items())
                .extracting(KnowledgeReport.Article::articleId, KnowledgeReport.Article::ticketsResolved)
                .containsExactly(tuple("kb-vpn", 2L), tuple("kb-printer", 1L), tuple("kb-wifi", 1L));
        assertThat(knowledge.articles(ReportFilter.EVERYTHING, null, 1).items())
                .extracting(KnowledgeReport.Article::articleId, KnowledgeReport.Article::ticketsResolved)
                .containsExactly(tuple("kb-vpn", 3L));
        assertThat(knowledge.articles(new ReportFilter(THE_DAY, Set.of("l2"), null, null), null, 10).items())
                .extracting(KnowledgeReport.Article::articleId).containsExactly("kb-wifi");
        assertThat(knowledge.articles(new ReportFilter(new ReportPeriod(START.plus(Duration.ofMinutes(35)),
                START.plus(Duration.ofMinutes(55))), null, null, null), null, 10).items())
                .as("A's first citation at 08:10 is outside; B at 08:40 and D at 08:50 are in")
                .extracting(KnowledgeReport.Article::articleId, KnowledgeReport.Article::ticketsResolved)
                .containsExactly(tuple("kb-vpn", 1L), tuple("kb-wifi", 1L));
    }

    @Test
    void eachArticleShowsItsNewestPublishedTitleLanguageAndKindWhateverTheOrderAndDuplicatesOfItsEvents() {
        Story vpn = new Story(START).opened(0, "P3").resolved(10, "anna", "kb-vpn");
        Story wifi = new Story(START).opened(0, "P3").resolved(20, "anna", "kb-wifi");
        Story wifiToo = new Story(START).opened(0, "P3").resolved(30, "anna", "kb-wifi");
        Story unknown = new Story(START).opened(0, "P3").resolved(40, "anna", "kb-unknown");
        deliverShuffledWithDuplicates(List.of(vpn, wifi, wifiToo, unknown));
        List<ArticleEvent> events = new ArrayList<>(List.of(
                new ArticleEvent("kb-vpn", "v1", 1, false, "DRAFT", "VPN draft", "en", "HOW_TO"),
                new ArticleEvent("kb-vpn", "v2", 2, true, "PUBLISHED", "Connect to the VPN", "en", "HOW_TO"),
                new ArticleEvent("kb-vpn", "v3", 3, false, "PUBLISHED", "VPN: a newer draft", null, null),
                new ArticleEvent("kb-wifi", "w1", 1, false, "DRAFT", "WLAN einrichten", "de", "FAQ"),
                new ArticleEvent("kb-wifi", "w2", 2, false, "IN_REVIEW", null, null, null)));
        events.add(events.get(1));
        events.add(events.get(3));
        Collections.shuffle(events, random);
        events.forEach(event -> articles.apply(event));

        assertThat(articles.apply(events.get(0))).isEqualTo(ApplyOutcome.ALREADY_APPLIED);
        assertThat(knowledge.articles(new ReportFilter(THE_DAY, null, null, null), null, 10).items()).containsExactly(
                new KnowledgeReport.Article("kb-wifi", "WLAN einrichten", "de", "FAQ", 2, 0),
                new KnowledgeReport.Article("kb-unknown", null, null, null, 1, 0),
                new KnowledgeReport.Article("kb-vpn", "Connect to the VPN", "en", "HOW_TO", 1, 0));
        assertThat(knowledge.articles(new ReportFilter(THE_DAY, null, null, null), "en", 10).items())
                .extracting(KnowledgeReport.Article::articleId).containsExactly("kb-vpn");
        assertThat(knowledge.articles(new ReportFilter(THE_DAY, null, null, null), "de", 10).items())
                .extracting(KnowledgeReport.Article::articleId).containsExactly("kb-wifi");
    }

    @Test
    void deflectionsCountEachSearchOncePerArticleItShowedByTheMomentOfTheSearch() {
        deliverShuffledWithDuplicates(List.of(new Story(START).opened(0, "P3").assigned(1, "l1", "anna")
                .resolved(10, "anna", "kb-vpn")));
        List<DeflectionEvent> deflections = new ArrayList<>(List.of(
                new DeflectionEvent("s1", "d1", List.of("kb-vpn", "kb-wifi"), START.plus(Duration.ofMinutes(5))),
                new DeflectionEvent("s2", "d2", List.of("kb-wifi"), START.plus(Duration.ofMinutes(6))),
                new DeflectionEvent("s3", "d3", List.of("kb-printer", "kb-wifi"), START.plus(Duration.ofMinutes(7))),
                new DeflectionEvent("s4", "d4", List.of("kb-printer"), START.minus(Duration.ofDays(1)))));
        deflections.add(deflections.get(0));
        deflections.add(deflections.get(2));
        Collections.shuffle(deflections, random);
        List<ApplyOutcome> outcomes = deflections.stream().map(articles::apply).toList();

        assertThat(outcomes).filteredOn(outcome -> outcome == ApplyOutcome.ALREADY_APPLIED).hasSize(2);
        // vpn: 1 ticket and 1 deflection; wifi: 3 deflections; printer: 1 today (s4 is the day before).
        ReportFilter today = new ReportFilter(THE_DAY, null, null, null);
        assertThat(knowledge.articles(today, null, 10).items())
                .extracting(KnowledgeReport.Article::articleId, KnowledgeReport.Article::ticketsResolved,
                        KnowledgeReport.Article::deflections)
                .containsExactly(tuple("kb-vpn", 1L, 1L), tuple("kb-wifi", 0L, 3L), tuple("kb-printer", 0L, 1L));
        assertThat(knowledge.articles(ReportFilter.EVERYTHING, null, 10).items())
                .extracting(KnowledgeReport.Article::articleId, KnowledgeReport.Article::deflections)
                .containsExactly(tuple("kb-vpn", 1L), tuple("kb-wifi", 3L), tuple("kb-printer", 2L));
        assertThat(knowledge.articles(new ReportFilter(THE_DAY, Set.of("l2"), null, null), null, 10).items())
                .as("a group narrows the tickets, not the deflections, which belong to no ticket")
                .extracting(KnowledgeReport.Article::articleId, KnowledgeReport.Article::ticketsResolved,
                        KnowledgeReport.Article::deflections)
                .containsExactly(tuple("kb-wifi", 0L, 3L), tuple("kb-printer", 0L, 1L), tuple("kb-vpn", 0L, 1L));
        assertThat(knowledge.articles(today, null, 2).items()).hasSize(2);
    }

    @Test
    void theOpenTicketsAtRiskAreCountedAndListedBreachedFirstThenWarnedOldestFirst() {
        Story warned = new Story(START).opened(0, "P2").assigned(1, "l1", "anna")
                .warned(30, SlaEvent.RESOLUTION, 0.75);
        Story warnedEarlier = new Story(START).opened(0, "P3").assigned(1, "l2", "ben")
                .warned(20, SlaEvent.FIRST_RESPONSE, 0.75).warned(25, SlaEvent.FIRST_RESPONSE, 0.9);
        Story breached = new Story(START).opened(0, "P1").assigned(1, "l1", "anna").firstResponse(50, "anna")
                .warned(30, SlaEvent.FIRST_RESPONSE, 0.75).breached(40, SlaEvent.FIRST_RESPONSE);
        Story answered = new Story(START).opened(0, "P3").firstResponse(10, "anna")
                .warned(5, SlaEvent.FIRST_RESPONSE, 0.75);
        Story resolved = new Story(START).opened(0, "P3").breached(30, SlaEvent.RESOLUTION).resolved(40, "anna");
        deliverShuffledWithDuplicates(List.of(warned, warnedEarlier, breached, answered, resolved));

        SlaRiskReport all = slaRisk.atRisk(ReportFilter.EVERYTHING, 10);
        assertThat(all.asOf()).isEqualTo(NOW);
        assertThat(all.warnings()).isEqualTo(2);
        assertThat(all.breached()).isEqualTo(1);
        assertThat(all.items()).extracting(SlaRiskReport.Ticket::ticketId, SlaRiskReport.Ticket::risk,
                SlaRiskReport.Ticket::target, SlaRiskReport.Ticket::threshold, SlaRiskReport.Ticket::since)
                .containsExactly(
                        tuple(breached.ticketId, "BREACHED", "FIRST_RESPONSE", 1.0, Story.minute(START, 40)),
                        tuple(warnedEarlier.ticketId, "WARNING", "FIRST_RESPONSE", 0.9, Story.minute(START, 25)),
                        tuple(warned.ticketId, "WARNING", "RESOLUTION", 0.75, Story.minute(START, 30)));
        assertThat(slaRisk.atRisk(ReportFilter.EVERYTHING, 2).items()).hasSize(2);
        SlaRiskReport l1 = slaRisk.atRisk(new ReportFilter(ReportPeriod.ALL_TIME, Set.of("l1"), null, null), 10);
        assertThat(l1.warnings()).isEqualTo(1);
        assertThat(l1.breached()).isEqualTo(1);
        assertThat(l1.items()).extracting(SlaRiskReport.Ticket::groupId).containsOnly("l1");

        // The breached ticket is resolved: it leaves the list, and the figures with it.
        projection.apply(breached.resolved(60, "anna").events().get(breached.events().size() - 1));
        assertThat(slaRisk.atRisk(ReportFilter.EVERYTHING, 10).breached()).isZero();
    }

    @Test
    void inBatchesShuffledWithDuplicatesEveryFigureIsTheSameAsOneEventAtATime() {
        List<Story> day = aDayOfTickets();
        deliverShuffledWithDuplicates(day);
        ReportSummary single = summaries.summarize(new ReportFilter(THE_DAY, null, null, null));
        List<Document> singleDocuments = ticketDocuments();
        // Emptied, with a new report cube: a cube follows the projection's writes, not a deletion behind its back
        emptyProjection();
        List<TicketChange> delivered = new ArrayList<>();
        for (Story story : day) {
            story.all().forEach(event -> delivered.add(change(event)));
            delivered.add(change(story.all().get(random.nextInt(story.all().size()))));
        }
        Collections.shuffle(delivered, random);

        for (int from = 0; from < delivered.size(); from += 9) {
            projection.applyAll(delivered.subList(from, Math.min(from + 9, delivered.size())));
        }

        assertThat(summaries.summarize(new ReportFilter(THE_DAY, null, null, null))).isEqualTo(single);
        assertThat(ticketDocuments()).hasSameSizeAs(singleDocuments);
        for (int i = 0; i < singleDocuments.size(); i++) {
            Document batched = new Document(ticketDocuments().get(i));
            Document one = new Document(singleDocuments.get(i));
            batched.remove(TicketFields.VERSION);
            one.remove(TicketFields.VERSION);
            assertThat(batched).as("ticket %s", one.get("_id")).isEqualTo(one);
        }
    }

    @Test
    void aBatchAppliesDuplicatesOnceAndLateEventsInTheirPlaceAndTellsTheListenersOfEachDocument() {
        List<Document[]> written = new ArrayList<>();
        TicketFactsProjection told = new TicketFactsProjection(projections, List.of(),
                List.of((collection, before, after) -> written.add(new Document[] {before, after})));
        Story first = new Story(START).opened(0, "P3").assigned(1, "l1", "anna").resolved(10, "anna").reopened(20)
                .resolved(30, "anna").breached(15, SlaEvent.RESOLUTION);
        Story second = new Story(START).opened(5, "P2");
        told.applyAll(List.of(TicketChange.of(first.events().get(0))));
        List<TicketEvent> events = first.events();

        List<ApplyOutcome> outcomes = told.applyAll(List.of(TicketChange.of(events.get(4)),
                TicketChange.of(events.get(2)), TicketChange.of(second.events().get(0)),
                TicketChange.of(events.get(4)), TicketChange.of(first.thresholds().get(0)),
                TicketChange.of(events.get(0)), TicketChange.of(events.get(1)), TicketChange.of(events.get(3)),
                TicketChange.of(first.thresholds().get(0))));

        assertThat(outcomes).containsExactly(ApplyOutcome.APPLIED, ApplyOutcome.APPLIED, ApplyOutcome.APPLIED,
                ApplyOutcome.ALREADY_APPLIED, ApplyOutcome.APPLIED, ApplyOutcome.ALREADY_APPLIED,
                ApplyOutcome.APPLIED, ApplyOutcome.APPLIED, ApplyOutcome.ALREADY_APPLIED);
        TicketFacts facts = told.find(first.ticketId).orElseThrow();
        assertThat(facts.status()).isEqualTo("RESOLVED");
        assertThat(facts.resolvedTimes()).containsExactly(Story.minute(START, 10), Story.minute(START, 30));
        assertThat(facts.reopenCount()).isEqualTo(1);
        assertThat(facts.resolutionSla().outcome()).isEqualTo(TicketFacts.SlaOutcome.BREACHED);
        assertThat(told.find(second.ticketId)).isPresent();
        // one write per ticket of each batch: the first ticket new, then replaced once; the second new
        assertThat(written).hasSize(3);
        assertThat(written.get(0)[0]).isNull();
        assertThat(written.get(1)[0].getLong(TicketFields.VERSION)).isEqualTo(1);
        assertThat(written.get(1)[1].getLong(TicketFields.VERSION)).isEqualTo(2);
        assertThat(written.get(1)[1].getString("_id")).isEqualTo(first.ticketId);
        assertThat(written.get(2)[0]).isNull();
        assertThat(written.get(2)[1].getString("_id")).isEqualTo(second.ticketId);
        assertThat(told.applyAll(List.of(TicketChange.of(events.get(3))))).containsExactly(
                ApplyOutcome.ALREADY_APPLIED);
        assertThat(written).as("nothing written for a batch of duplicates").hasSize(3);
    }

    @Test
    void aTicketWrittenByAnotherConsumerDuringABatchIsRedoneAloneAndNothingIsLost() {
        List<Document[]> written = new ArrayList<>();
        TicketFactsProjection told = new TicketFactsProjection(projections, List.of(),
                List.of((collection, before, after) -> written.add(new Document[] {before, after})));
        Story raced = new Story(START).opened(0, "P3").assigned(1, "l1", "anna").firstResponse(2, "anna");
        Story calm = new Story(START).opened(0, "P4").assigned(1, "l1", "anna");
        Story fresh = new Story(START).opened(3, "P1");
        told.applyAll(List.of(TicketChange.of(raced.events().get(0)), TicketChange.of(calm.events().get(0))));
        MongoCollection<Document> tickets = projections.serving();
        // the other consumer writes the raced ticket between the batch's read and its bulk write
        MongoCollection<Document> racing = beforeBulkWrite(tickets,
                () -> told.applyTo(tickets, raced.events().get(2)));

        List<ApplyOutcome> outcomes = told.applyAllTo(racing, List.of(TicketChange.of(raced.events().get(1)),
                TicketChange.of(calm.events().get(1)), TicketChange.of(fresh.events().get(0))));

        assertThat(outcomes).containsOnly(ApplyOutcome.APPLIED);
        Document stored = tickets.find(new Document("_id", raced.ticketId)).first();
        assertThat(stored.getLong(TicketFields.VERSION)).isEqualTo(3);
        TicketFacts facts = told.find(raced.ticketId).orElseThrow();
        assertThat(facts.assigneeId()).as("the batch's event, redone").isEqualTo("anna");
        assertThat(facts.firstResponseAt()).as("the other consumer's event, kept").isEqualTo(Story.minute(START, 2));
        assertThat(told.find(calm.ticketId).orElseThrow().groupId()).isEqualTo("l1");
        assertThat(told.find(fresh.ticketId)).isPresent();
        // each document written, once, with the one it replaced: 2 first, the race's, the calm and fresh, the redo
        assertThat(written).hasSize(6);
        Document[] redo = written.get(5);
        assertThat(redo[1].getString("_id")).isEqualTo(raced.ticketId);
        assertThat(redo[0].getLong(TicketFields.VERSION)).isEqualTo(2);
        assertThat(redo[1].getLong(TicketFields.VERSION)).isEqualTo(3);
        assertThat(written.subList(3, 5)).extracting(pair -> pair[1].getString("_id"))
                .containsExactlyInAnyOrder(calm.ticketId, fresh.ticketId);
    }

    private List<Document> ticketDocuments() {
        return projections.serving().find().sort(new Document("_id", 1)).into(new ArrayList<>());
    }

    private static TicketChange change(Object event) {
        return event instanceof TicketEvent ticket ? TicketChange.of(ticket) : TicketChange.of((SlaEvent) event);
    }

    /** The collection, which runs {@code meanwhile} once just before its first bulk write. */
    @SuppressWarnings("unchecked")
    private static MongoCollection<Document> beforeBulkWrite(MongoCollection<Document> tickets, Runnable meanwhile) {
        boolean[] done = {false};
        return (MongoCollection<Document>) Proxy.newProxyInstance(MongoCollection.class.getClassLoader(),
                new Class<?>[] {MongoCollection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("bulkWrite") && !done[0]) {
                        done[0] = true;
                        meanwhile.run();
                    }
                    try {
                        return method.invoke(tickets, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Each story's events and thresholds in a random order, some twice, stories interleaved. */
    private void deliverShuffledWithDuplicates(List<Story> stories) {
        List<Object> delivered = new ArrayList<>();
        for (Story story : stories) {
            delivered.addAll(story.all());
            delivered.add(story.all().get(random.nextInt(story.all().size())));
        }
        Collections.shuffle(delivered, random);
        deliver(projection, delivered);
    }

    /** Applies ticket events and SLA events, in the order given. */
    static void deliver(TicketFactsProjection projection, List<Object> events) {
        for (Object event : events) {
            if (event instanceof TicketEvent ticket) {
                projection.apply(ticket);
            } else {
                projection.apply((SlaEvent) event);
            }
        }
    }
}
