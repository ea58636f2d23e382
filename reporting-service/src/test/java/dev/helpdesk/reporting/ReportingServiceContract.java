package dev.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketCancelled;
import dev.helpdesk.contracts.ticket.TicketClosed;
import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.contracts.ticket.TicketEscalated;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketPriorityChanged;
import dev.helpdesk.contracts.ticket.TicketReopened;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketSatisfactionRated;
import dev.helpdesk.contracts.ticket.TicketWorkStarted;
import dev.helpdesk.reporting.query.TicketFacts;
import dev.helpdesk.reporting.query.TicketFactsProjection;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The reporting service's behaviour, whatever Kafka and Mongo it runs against: records produced
 * to the real tickets topic, reports read over HTTP with real tokens. The tests share one running
 * service, so each works in a period of its own (its tickets' opening times) and asks for exact
 * counts within that period only.
 */
abstract class ReportingServiceContract extends ServiceEdgeContract {

    static final String SUMMARY = "/api/v1/reports/summary";
    private static final Duration CONSUMED_WITHIN = Duration.ofSeconds(20);
    /** Each test's tickets open in their own ten days, far from the contract sample's date. */
    private static final AtomicInteger PERIODS = new AtomicInteger();
    private static final String SUPERVISOR = "demo-supervisor";

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private TicketFactsProjection projection;

    private TicketsTopic tickets;

    @Override
    protected String protectedPath() {
        return SUMMARY;
    }

    /**
     * Every test starts with both consumers in their groups: until then the service is rightly
     * not ready (nor healthy), and records sent earlier would only be read later.
     */
    @BeforeEach
    void connectToTheTopicsOnceTheServiceIsReady() {
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100))
                .until(() -> http().get("/actuator/health/readiness", null).status() == 200);
        tickets = new TicketsTopic(bootstrapServers);
    }

    @AfterEach
    void disconnectFromTheTicketsTopic() {
        tickets.close();
    }

    @Test
    void countsTheOpenedTicketsOfAPeriodByPriorityAndStatus() {
        Instant start = newPeriod();
        List<String> priorities = List.of("P1", "P2", "P2", "P4", "P5", "P5");
        for (int i = 0; i < priorities.size(); i++) {
            openTicket(priorities.get(i), start.plus(Duration.ofMinutes(i)));
        }

        HttpProbe.Reply summary = awaitOpened(start, start.plus(Duration.ofDays(1)), 6);

        assertThat(summary.<String>json("$.from")).isEqualTo(start.toString());
        assertThat(summary.<String>json("$.to")).isEqualTo(start.plus(Duration.ofDays(1)).toString());
        assertThat(summary.<Map<String, Object>>json("$.byPriority"))
                .containsExactly(entry("P1", 1), entry("P2", 2), entry("P3", 0), entry("P4", 1), entry("P5", 2));
        assertThat(summary.<Map<String, Object>>json("$.byStatus")).containsExactly(entry("NEW", 6));
        assertThat(summary.<Integer>json("$.backlog")).isEqualTo(6);
        // Tickets that were only opened: nothing resolved, closed, reopened or cancelled to count.
        for (String figure : List.of("resolved", "closed", "reopened", "cancelled")) {
            assertThat(summary.<Integer>json("$." + figure)).as(figure).isZero();
        }
    }

    /**
     * Four tickets, one of them opened the day before the period, live through every kind of
     * event; the summary counts what happened in each window exactly.
     */
    @Test
    void aWholeLifecycleIsCountedInEveryFigureOfThePeriodItHappenedIn() {
        Instant start = newPeriod();
        Instant end = start.plus(Duration.ofDays(1));
        TicketStory fixedTwice = new TicketStory(tickets).opened("P3", at(start, 60))
                .then(TicketEventTypes.ASSIGNED, at(start, 65),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", "service-desk-l1", "agent-anna", SUPERVISOR, t))
                .then(TicketEventTypes.WORK_STARTED, at(start, 70),
                        (id, t) -> new TicketWorkStarted(id, "IN_PROGRESS", "agent-anna", "agent-anna", t))
                .then(TicketEventTypes.PRIORITY_CHANGED, at(start, 75),
                        (id, t) -> new TicketPriorityChanged(id, "IN_PROGRESS", "HIGH", "HIGH", "P1", SUPERVISOR, t))
                .then(TicketEventTypes.COMMENT_ADDED, at(start, 80), (id, t) -> new TicketCommentAdded(id,
                        "IN_PROGRESS", "c-1", "agent-anna", "AGENT", "INTERNAL", null, false, "agent-anna", t))
                .then(TicketEventTypes.RESOLVED, at(start, 120), (id, t) -> new TicketResolved(id, "RESOLVED",
                        "WORKAROUND", "Pinned to 5 GHz", null, "agent-anna", t))
                .then(TicketEventTypes.REOPENED, at(start, 180),
                        (id, t) -> new TicketReopened(id, "IN_PROGRESS", "Still drops", "demo-customer", t))
                .then(TicketEventTypes.RESOLVED, at(start, 240), (id, t) -> new TicketResolved(id, "RESOLVED",
                        "FIXED", "New firmware", null, "agent-anna", t))
                .then(TicketEventTypes.CLOSED, at(start, 300),
                        (id, t) -> new TicketClosed(id, "CLOSED", null, null, t))
                .then(TicketEventTypes.SATISFACTION_RATED, at(start, 360), (id, t) -> new TicketSatisfactionRated(id,
                        "CLOSED", "c0000000-0000-4000-8000-000000000001", 5, null, "demo-customer", t));
        TicketStory waiting = new TicketStory(tickets).opened("P2", at(start, 60))
                .then(TicketEventTypes.ASSIGNED, at(start, 90),
                        (id, t) -> new TicketAssigned(id, "NEW", "service-desk-l1", null, SUPERVISOR, t))
                .then(TicketEventTypes.ESCALATED, at(start, 120), (id, t) -> new TicketEscalated(id, "NEW",
                        "Needs the network team", "service-desk-l1", "network-l2", SUPERVISOR, t, null, null))
                .then(TicketEventTypes.ASSIGNED, at(start, 130),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", "network-l2", "agent-ben", SUPERVISOR, t))
                .then(TicketEventTypes.WORK_STARTED, at(start, 140),
                        (id, t) -> new TicketWorkStarted(id, "IN_PROGRESS", "agent-ben", "agent-ben", t))
                .then(TicketEventTypes.PENDED, at(start, 150),
                        (id, t) -> new TicketPended(id, "PENDING", "Waiting for the vendor", "agent-ben", t));
        new TicketStory(tickets).opened("P4", at(start, 120))
                .then(TicketEventTypes.CANCELLED, at(start, 150),
                        (id, t) -> new TicketCancelled(id, "CANCELLED", "Opened twice", "demo-agent", t));
        TicketStory fromTheDayBefore = new TicketStory(tickets).opened("P5", start.minus(Duration.ofDays(1)))
                .then(TicketEventTypes.RESOLVED, at(start, 360), (id, t) -> new TicketResolved(id, "RESOLVED",
                        "NO_ACTION_NEEDED", "Works again", null, "agent-anna", t))
                .then(TicketEventTypes.CLOSED, at(end, 60), (id, t) -> new TicketClosed(id, "CLOSED", null, null, t));
        awaitApplied(fromTheDayBefore); // the last record sent, on the same partition as all the others

        HttpProbe.Reply day = summary(start, end);
        assertThat(day.<Integer>json("$.opened")).isEqualTo(3);
        assertThat(day.<Integer>json("$.resolved")).as("twice the first ticket, once the older one").isEqualTo(3);
        assertThat(day.<Integer>json("$.reopened")).isEqualTo(1);
        assertThat(day.<Integer>json("$.closed")).as("the older ticket closes after the period").isEqualTo(1);
        assertThat(day.<Integer>json("$.cancelled")).isEqualTo(1);
        assertThat(day.<Integer>json("$.backlog")).as("only the pending ticket").isEqualTo(1);
        assertThat(day.<Map<String, Object>>json("$.byStatus"))
                .containsExactly(entry("PENDING", 1), entry("CLOSED", 1), entry("CANCELLED", 1));
        assertThat(day.<Map<String, Object>>json("$.byPriority"))
                .containsExactly(entry("P1", 1), entry("P2", 1), entry("P3", 0), entry("P4", 1), entry("P5", 0));

        HttpProbe.Reply hoursThreeToFive = summary(at(start, 180), at(start, 300));
        assertThat(hoursThreeToFive.<Integer>json("$.opened")).isZero();
        assertThat(hoursThreeToFive.<Integer>json("$.reopened")).as("from is inclusive").isEqualTo(1);
        assertThat(hoursThreeToFive.<Integer>json("$.resolved")).isEqualTo(1);
        assertThat(hoursThreeToFive.<Integer>json("$.closed")).as("to is exclusive").isZero();
        assertThat(hoursThreeToFive.<Integer>json("$.backlog")).isZero();

        HttpProbe.Reply fromHourFive = summary(at(start, 300), at(end, 120));
        assertThat(fromHourFive.<Integer>json("$.closed")).isEqualTo(2);
        assertThat(fromHourFive.<Integer>json("$.resolved")).isEqualTo(1);

        TicketFacts first = projection.find(fixedTwice.ticketId()).orElseThrow();
        assertThat(first.status()).isEqualTo("CLOSED");
        assertThat(first.priority()).isEqualTo("P1");
        assertThat(first.groupId()).isEqualTo("service-desk-l1");
        assertThat(first.assigneeId()).isEqualTo("agent-anna");
        assertThat(first.resolvedTimes()).containsExactly(at(start, 120), at(start, 240));
        assertThat(first.resolvedAt()).isEqualTo(at(start, 240));
        assertThat(first.resolutionCode()).isEqualTo("FIXED");
        assertThat(first.reopenCount()).isEqualTo(1);
        assertThat(first.closedAt()).isEqualTo(at(start, 300));
        assertThat(first.satisfactionRating()).isEqualTo(5);
        assertThat(first.lastSequence()).isEqualTo(10);
        TicketFacts second = projection.find(waiting.ticketId()).orElseThrow();
        assertThat(second.groupId()).isEqualTo("network-l2");
        assertThat(second.assigneeId()).isEqualTo("agent-ben");
        assertThat(second.status()).isEqualTo("PENDING");
    }

    /**
     * Two tickets worked to the end, one of them late for its first response: the breach comes
     * on the SLA topic before the reports have read the ticket at all, and still counts.
     */
    @Test
    void aWholeLifecycleWithItsSlaBreachGivesEveryFigureOfTheSummary() {
        Instant start = newPeriod();
        TicketStory late = new TicketStory(tickets);
        tickets.sendSla(late.ticketId(),
                TicketEventRecords.slaBreached(late.ticketId(), "FIRST_RESPONSE", at(start, 30), 2));
        tickets.sendSla(late.ticketId(),
                TicketEventRecords.slaWarning(late.ticketId(), "FIRST_RESPONSE", 0.75, at(start, 22), 1));
        late.opened("P2", at(start, 0))
                .then(TicketEventTypes.ASSIGNED, at(start, 2),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", "service-desk-l1", "agent-anna", SUPERVISOR, t))
                .then(TicketEventTypes.COMMENT_ADDED, at(start, 40), (id, t) -> new TicketCommentAdded(id,
                        "IN_PROGRESS", "c-1", "agent-anna", "AGENT", "PUBLIC", "On it", true, "agent-anna", t))
                .then(TicketEventTypes.RESOLVED, at(start, 120), (id, t) -> new TicketResolved(id, "RESOLVED",
                        "FIXED", "Replaced", null, "agent-anna", t))
                .then(TicketEventTypes.CLOSED, at(start, 180), (id, t) -> new TicketClosed(id, "CLOSED", null, null, t))
                .then(TicketEventTypes.SATISFACTION_RATED, at(start, 200), (id, t) -> new TicketSatisfactionRated(id,
                        "CLOSED", "c0000000-0000-4000-8000-000000000001", 4, null, "demo-customer", t));
        TicketStory quick = new TicketStory(tickets).opened("P3", at(start, 10))
                .then(TicketEventTypes.ASSIGNED, at(start, 11),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", "service-desk-l1", "agent-ben", SUPERVISOR, t))
                .then(TicketEventTypes.COMMENT_ADDED, at(start, 20), (id, t) -> new TicketCommentAdded(id,
                        "IN_PROGRESS", "c-2", "agent-ben", "AGENT", "PUBLIC", "Restart it", true, "agent-ben", t))
                .then(TicketEventTypes.RESOLVED, at(start, 30), (id, t) -> new TicketResolved(id, "RESOLVED",
                        "FIXED", "Restarted", null, "agent-ben", t))
                .then(TicketEventTypes.SATISFACTION_RATED, at(start, 35), (id, t) -> new TicketSatisfactionRated(id,
                        "RESOLVED", "c0000000-0000-4000-8000-000000000001", 5, null, "demo-customer", t));
        awaitApplied(late);
        awaitApplied(quick);
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(50)).until(() -> projection
                .find(late.ticketId()).map(facts -> facts.slaWarnings() == 1 && facts.firstResponseSla() != null
                        && "BREACHED".equals(facts.firstResponseSla().outcome())).orElse(false));

        HttpProbe.Reply day = summary(start, start.plus(Duration.ofDays(1)));

        assertThat(day.<Integer>json("$.opened")).isEqualTo(2);
        assertThat(day.<Integer>json("$.resolved")).isEqualTo(2);
        assertThat(day.<Integer>json("$.closed")).isEqualTo(1);
        // First responses after 40 and 10 minutes; resolutions after 120 and 20 minutes.
        assertThat(day.<Map<String, Object>>json("$.firstResponseTime")).containsExactly(entry("count", 2),
                entry("meanSeconds", 1500.0), entry("p90Seconds", 2400), entry("businessMeanSeconds", null),
                entry("businessP90Seconds", null));
        assertThat(day.<Map<String, Object>>json("$.resolutionTime")).containsEntry("count", 2)
                .containsEntry("meanSeconds", 4200.0).containsEntry("p90Seconds", 7200);
        assertThat(day.<Map<String, Object>>json("$.slaCompliance.firstResponse")).containsExactly(entry("met", 1),
                entry("breached", 1), entry("percent", 50.0));
        assertThat(day.<Map<String, Object>>json("$.slaCompliance.resolution")).containsExactly(entry("met", 2),
                entry("breached", 0), entry("percent", 100.0));
        assertThat(day.<Map<String, Object>>json("$.firstContactResolution")).containsExactly(entry("of", 2),
                entry("matching", 2), entry("percent", 100.0));
        assertThat(day.<Map<String, Object>>json("$.reopenRate")).containsExactly(entry("of", 2),
                entry("matching", 0), entry("percent", 0.0));
        assertThat(day.<Map<String, Object>>json("$.satisfaction")).containsExactly(entry("resolved", 2),
                entry("rated", 2), entry("average", 4.5), entry("responseRate", 100.0));
        assertThat(day.<Integer>json("$.escalations")).isZero();
        assertThat(day.<Integer>json("$.backlog")).isZero();
        assertThat(day.<Map<String, Object>>json("$.backlogAge")).hasSize(7).containsEntry("under1h", 0);
    }

    /**
     * Issue 7 item 4: a rebuild reads both topics from their start into a fresh collection while
     * the current one serves, switches over when done, and every figure is exactly as before; an
     * event published during the rebuild is not lost.
     */
    @Test
    void aRebuildFromTheTopicsSwitchesOverWithExactlyTheSameFiguresAndLosesNothingMeanwhile() {
        Instant start = newPeriod();
        String article = "kb-rebuilt-" + UUID.randomUUID();
        TicketStory story = new TicketStory(tickets).opened("P2", at(start, 0))
                .then(TicketEventTypes.ASSIGNED, at(start, 2),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", "service-desk-l1", "agent-anna", SUPERVISOR, t))
                .then(TicketEventTypes.COMMENT_ADDED, at(start, 40), (id, t) -> new TicketCommentAdded(id,
                        "IN_PROGRESS", "c-1", "agent-anna", "AGENT", "PUBLIC", "On it", true, "agent-anna", t))
                .redeliverTheLast()
                .then(TicketEventTypes.RESOLVED, at(start, 60), (id, t) -> new TicketResolved(id, "RESOLVED",
                        "FIXED", "Replaced", null, "agent-anna", t))
                .then(TicketEventTypes.REOPENED, at(start, 70),
                        (id, t) -> new TicketReopened(id, "IN_PROGRESS", "Again", "demo-customer", t))
                .then(TicketEventTypes.RESOLVED, at(start, 90), (id, t) -> new TicketResolved(id, "RESOLVED",
                        "FIXED", "Replaced again", article, "agent-anna", t))
                .then(TicketEventTypes.SATISFACTION_RATED, at(start, 95), (id, t) -> new TicketSatisfactionRated(id,
                        "RESOLVED", "c0000000-0000-4000-8000-000000000001", 3, null, "demo-customer", t));
        tickets.sendSla(story.ticketId(),
                TicketEventRecords.slaBreached(story.ticketId(), "FIRST_RESPONSE", at(start, 30), 1));
        // the targets' stops (D97), the newest resolution's first, one of them twice
        byte[] lastResolution = TicketEventRecords.slaTargetStopped(story.ticketId(), "RESOLUTION", at(start, 0),
                at(start, 90), Duration.ofMinutes(70), 4);
        tickets.sendSla(story.ticketId(), lastResolution);
        tickets.sendSla(story.ticketId(), TicketEventRecords.slaTargetStopped(story.ticketId(), "RESOLUTION",
                at(start, 0), at(start, 60), Duration.ofMinutes(50), 3));
        tickets.sendSla(story.ticketId(), TicketEventRecords.slaTargetStopped(story.ticketId(), "FIRST_RESPONSE",
                at(start, 0), at(start, 40), Duration.ofMinutes(30), 2));
        tickets.sendSla(story.ticketId(), lastResolution);
        tickets.sendKnowledge(article, TicketEventRecords.articlePublished(article, 2, "Replace the toner", "en",
                "HOW_TO", at(start, 1)));
        String search = UUID.randomUUID().toString();
        tickets.sendKnowledge(search, TicketEventRecords.deflectionRecorded(search, List.of(article), at(start, 3)));
        TicketStory open = new TicketStory(tickets).opened("P1", at(start, 5));
        tickets.sendSla(open.ticketId(), TicketEventRecords.slaWarning(open.ticketId(), "RESOLUTION", 0.75,
                at(start, 50), 1));
        awaitApplied(story);
        awaitApplied(open);
        await().atMost(CONSUMED_WITHIN).until(() -> projection.find(story.ticketId())
                .map(facts -> facts.firstResponseSla() != null).orElse(false));
        await().atMost(CONSUMED_WITHIN).until(() -> projection.find(open.ticketId())
                .map(facts -> facts.slaRisk() != null).orElse(false));
        await().atMost(CONSUMED_WITHIN).until(() -> projection.find(story.ticketId())
                .map(facts -> facts.firstResponseBusinessSeconds() != null).orElse(false));
        String period = "?from=" + start + "&to=" + start.plus(Duration.ofDays(1));
        String admin = issuer.admin("an-admin");
        List<String> reports = List.of(SUMMARY + period, "/api/v1/reports/backlog" + period,
                "/api/v1/reports/agents" + period,
                "/api/v1/reports/timeseries" + period + "&metric=resolved&interval=hour",
                "/api/v1/reports/knowledge" + period, "/api/v1/reports/sla-risk?limit=100");
        List<Map<String, Object>> before;
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> {
            HttpProbe.Reply knowledge = http().get("/api/v1/reports/knowledge" + period, admin);
            return "Replace the toner".equals(knowledge.json("$.items[0].title"))
                    && knowledge.<Integer>json("$.items[0].deflections") == 1;
        });
        before = reports.stream().map(path -> withoutMoment(http().get(path, admin))).toList();
        assertThat(before.get(4)).extracting("items", InstanceOfAssertFactories.LIST)
                .extracting("articleId", "title", "language", "kind", "ticketsResolved", "deflections")
                .containsExactly(tuple(article, "Replace the toner", "en", "HOW_TO", 1, 1));
        assertThat(before.get(5)).extracting("items", InstanceOfAssertFactories.LIST).extracting("ticketId", "risk")
                .contains(tuple(open.ticketId(), "WARNING"));
        // business time from the stops: the first response's, and the newest resolution's
        assertThat(before.get(0)).extracting("firstResponseTime").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("count", 1).containsEntry("businessMeanSeconds", 1800.0)
                .containsEntry("businessP90Seconds", 1800);
        assertThat(before.get(0)).extracting("resolutionTime").asInstanceOf(InstanceOfAssertFactories.MAP)
                .containsEntry("count", 1).containsEntry("meanSeconds", 5400.0)
                .containsEntry("businessMeanSeconds", 4200.0).containsEntry("businessP90Seconds", 4200);
        String servingBefore = http().get("/api/v1/reports/projections", admin).json("$.serving");

        assertThat(http().post("/api/v1/reports/projections/rebuild", issuer.supervisor("a-supervisor"), "{}").status())
                .isEqualTo(403);
        HttpProbe.Reply started = http().post("/api/v1/reports/projections/rebuild", admin, "{}");
        assertThat(started.status()).as(started.toString()).isEqualTo(202);
        assertThat(started.header("Location")).isEqualTo("/api/v1/reports/projections");
        assertThat(started.<String>json("$.state")).isEqualTo("RUNNING");
        HttpProbe.Reply again = http().post("/api/v1/reports/projections/rebuild", admin, "{}");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        Instant later = newPeriod();
        String meanwhile = UUID.randomUUID().toString();
        tickets.send(meanwhile, TicketEventRecords.opened(meanwhile, "P4", later));

        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() ->
                !"RUNNING".equals(http().get("/api/v1/reports/projections", admin).json("$.rebuild.state")));
        HttpProbe.Reply done = http().get("/api/v1/reports/projections", admin);
        assertThat(done.<String>json("$.rebuild.state")).as(done.toString()).isEqualTo("DONE");
        assertThat(done.<String>json("$.serving")).isNotEqualTo(servingBefore).isEqualTo(done.json("$.rebuild.collection"));
        assertThat(done.<Integer>json("$.rebuild.eventsDone")).isPositive()
                .isEqualTo(done.<Integer>json("$.rebuild.eventsTotal"));
        assertThat(done.<Integer>json("$.rebuild.estimatedSecondsLeft")).isZero();
        for (int i = 0; i < reports.size(); i++) {
            assertThat(withoutMoment(http().get(reports.get(i), admin))).as(reports.get(i)).isEqualTo(before.get(i));
        }
        awaitOpened(later, later.plus(Duration.ofDays(1)), 1);
    }

    @Test
    void anAgentSeesTheFiguresOfTheirOwnGroupsOnlyAndSupervisorsSeeEveryGroup() {
        Instant start = newPeriod();
        Instant end = start.plus(Duration.ofDays(1));
        TicketStory ours = new TicketStory(tickets).opened("P3", at(start, 0)).then(TicketEventTypes.ASSIGNED,
                at(start, 1), (id, t) -> new TicketAssigned(id, "NEW", "service-desk-l1", null, SUPERVISOR, t));
        TicketStory theirs = new TicketStory(tickets).opened("P3", at(start, 0)).then(TicketEventTypes.ASSIGNED,
                at(start, 1), (id, t) -> new TicketAssigned(id, "NEW", "network-l2", null, SUPERVISOR, t));
        awaitApplied(ours);
        awaitApplied(theirs);
        String agent = issuer.agent("agent-anna", "service-desk-l1");
        String period = "?from=" + start + "&to=" + end;

        HttpProbe.Reply own = http().get(SUMMARY + period, agent);
        assertThat(own.<Integer>json("$.opened")).isEqualTo(1);
        assertThat(own.<List<String>>json("$.groupIds")).containsExactly("service-desk-l1");
        HttpProbe.Reply other = http().get(SUMMARY + period + "&groupId=network-l2", agent);
        assertThat(other.status()).as(other.toString()).isEqualTo(403);
        assertThat(other.contentType()).startsWith("application/problem+json");

        String supervisor = issuer.supervisor("a-supervisor");
        assertThat(http().get(SUMMARY + period, supervisor).<Integer>json("$.opened")).isEqualTo(2);
        assertThat(http().get(SUMMARY + period + "&groupId=network-l2", supervisor).<Integer>json("$.opened"))
                .isEqualTo(1);
        assertThat(http().get(SUMMARY + period + "&priority=P3&type=INCIDENT", supervisor).<Integer>json("$.opened"))
                .isEqualTo(2);
        assertThat(http().get(SUMMARY + period + "&priority=P1", supervisor).<Integer>json("$.opened")).isZero();
    }

    @Test
    void theBreakdownsAnswerOverHttpForTheTicketsOfTheirPeriod() {
        Instant start = newPeriod();
        TicketStory open = new TicketStory(tickets).opened("P2", at(start, 0)).then(TicketEventTypes.ASSIGNED,
                at(start, 1), (id, t) -> new TicketAssigned(id, "ASSIGNED", "service-desk-l1", "agent-anna", SUPERVISOR, t));
        TicketStory done = new TicketStory(tickets).opened("P4", at(start, 60))
                .then(TicketEventTypes.ASSIGNED, at(start, 61),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", "service-desk-l1", "agent-anna", SUPERVISOR, t))
                .then(TicketEventTypes.RESOLVED, at(start, 90), (id, t) -> new TicketResolved(id, "RESOLVED", "FIXED",
                        "Done", null, "agent-anna", t));
        awaitApplied(open);
        awaitApplied(done);
        String period = "from=" + start + "&to=" + start.plus(Duration.ofDays(1));
        String supervisor = issuer.supervisor("a-supervisor");

        HttpProbe.Reply backlog = http().get("/api/v1/reports/backlog?groupBy=priority&" + period, supervisor);
        assertThat(backlog.status()).as(backlog.toString()).isEqualTo(200);
        assertThat(backlog.<Integer>json("$.backlog")).isEqualTo(1);
        assertThat(backlog.<String>json("$.items[0].key")).isEqualTo("P2");

        HttpProbe.Reply agents = http().get("/api/v1/reports/agents?" + period, supervisor);
        assertThat(agents.<Map<String, Object>>json("$.items[0]")).containsEntry("agentId", "agent-anna")
                .containsEntry("openLoad", 1).containsEntry("resolved", 1).containsEntry("medianResolutionSeconds", 1800);

        HttpProbe.Reply recurring = http().get("/api/v1/reports/recurring?" + period, supervisor);
        assertThat(recurring.<Map<String, Object>>json("$.categories[0]")).containsEntry("category", "network")
                .containsEntry("incidents", 2).containsEntry("trend", "NEW");

        HttpProbe.Reply hourly = http().get("/api/v1/reports/timeseries?metric=opened&interval=hour&" + period,
                supervisor);
        assertThat(hourly.<List<Object>>json("$.points")).hasSize(24);
        assertThat(hourly.<Integer>json("$.points[0].value")).isEqualTo(1);
        assertThat(hourly.<Integer>json("$.points[1].value")).isEqualTo(1);
    }

    @Test
    void theBreakdownsFollowTheSummarysAccessRulesAndNameABadParameter() {
        String agent = issuer.agent("agent-anna", "service-desk-l1");
        String customer = issuer.customer("portal", "c-1");
        String supervisor = issuer.supervisor("a-supervisor");
        for (String path : List.of("/api/v1/reports/backlog", "/api/v1/reports/agents", "/api/v1/reports/recurring",
                "/api/v1/reports/timeseries?metric=opened", "/api/v1/reports/knowledge", "/api/v1/reports/sla-risk")) {
            assertThat(http().get(path, customer).status()).as(path).isEqualTo(403);
            String other = path + (path.contains("?") ? "&" : "?") + "groupId=network-l2";
            assertThat(http().get(other, agent).status()).as(other).isEqualTo(403);
            assertThat(http().get(path, agent).status()).as(path).isEqualTo(200);
        }
        assertBadParameter(http().get("/api/v1/reports/backlog?groupBy=colour", supervisor), "groupBy");
        assertBadParameter(http().get("/api/v1/reports/timeseries", supervisor), "metric");
        assertBadParameter(http().get("/api/v1/reports/timeseries?metric=opened&interval=minute", supervisor),
                "interval");
        assertBadParameter(http().get("/api/v1/reports/timeseries?metric=opened&interval=hour"
                + "&from=2026-01-01T00:00:00Z&to=2026-12-01T00:00:00Z", supervisor), "interval");
        assertBadParameter(http().get("/api/v1/reports/recurring?limit=0", supervisor), "limit");
        assertBadParameter(http().get("/api/v1/reports/knowledge?limit=101", supervisor), "limit");
        assertBadParameter(http().get("/api/v1/reports/knowledge?language=fr", supervisor), "language");
        assertBadParameter(http().get("/api/v1/reports/knowledge?from=tomorrow", supervisor), "from");
        assertBadParameter(http().get("/api/v1/reports/sla-risk?priority=P9", supervisor), "priority");
    }

    /** The knowledge report and the SLA risk over HTTP: an agent sees what their own groups' tickets give. */
    @Test
    void theKnowledgeReportAndTheSlaRiskCountTheTicketsTheCallerMaySee() {
        Instant start = newPeriod();
        String article = "kb-" + UUID.randomUUID();
        TicketStory ours = new TicketStory(tickets).opened("P2", at(start, 0))
                .then(TicketEventTypes.ASSIGNED, at(start, 1),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", "service-desk-l1", "agent-anna", SUPERVISOR, t))
                .then(TicketEventTypes.RESOLVED, at(start, 30), (id, t) -> new TicketResolved(id, "RESOLVED", "FIXED",
                        "See the article", article, "agent-anna", t))
                .redeliverTheLast();
        TicketStory theirs = new TicketStory(tickets).opened("P2", at(start, 0))
                .then(TicketEventTypes.ASSIGNED, at(start, 1),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", "network-l2", "agent-ben", SUPERVISOR, t))
                .then(TicketEventTypes.RESOLVED, at(start, 40), (id, t) -> new TicketResolved(id, "RESOLVED", "FIXED",
                        "See the article", article, "agent-ben", t));
        String groupOfItsOwn = "group-" + UUID.randomUUID();
        TicketStory atRisk = new TicketStory(tickets).opened("P1", at(start, 0))
                .then(TicketEventTypes.ASSIGNED, at(start, 1),
                        (id, t) -> new TicketAssigned(id, "ASSIGNED", groupOfItsOwn, "agent-cleo", SUPERVISOR, t));
        tickets.sendSla(atRisk.ticketId(), TicketEventRecords.slaWarning(atRisk.ticketId(), "FIRST_RESPONSE", 0.75,
                at(start, 10), 1));
        tickets.sendSla(atRisk.ticketId(), TicketEventRecords.slaWarning(atRisk.ticketId(), "FIRST_RESPONSE", 0.75,
                at(start, 10), 1));
        awaitApplied(ours);
        awaitApplied(theirs);
        awaitApplied(atRisk);
        String period = "?from=" + start + "&to=" + start.plus(Duration.ofDays(1));
        String supervisor = issuer.supervisor("a-supervisor");

        tickets.sendKnowledge(article, TicketEventRecords.articlePublished(article, 3, "VPN einrichten", "de", "FAQ",
                at(start, 0)));
        tickets.sendKnowledge(article, "not a cloud event".getBytes(StandardCharsets.UTF_8));
        String search = UUID.randomUUID().toString();
        byte[] deflection = TicketEventRecords.deflectionRecorded(search, List.of(article), at(start, 2));
        tickets.sendKnowledge(search, deflection);
        tickets.sendKnowledge(search, deflection);
        tickets.sendKnowledge(article, TicketEventRecords.articlePublished(article, 3, "VPN einrichten", "de", "FAQ",
                at(start, 0)));
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() -> {
            HttpProbe.Reply knowledge = http().get("/api/v1/reports/knowledge" + period, supervisor);
            return "VPN einrichten".equals(knowledge.json("$.items[0].title"))
                    && knowledge.<Integer>json("$.items[0].deflections") == 1;
        });
        HttpProbe.Reply all = http().get("/api/v1/reports/knowledge" + period, supervisor);
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.<List<Map<String, Object>>>json("$.items")).singleElement()
                .satisfies(item -> assertThat(item).containsEntry("articleId", article)
                        .containsEntry("ticketsResolved", 2)
                        .containsEntry("language", "de").containsEntry("kind", "FAQ")
                        .containsEntry("deflections", 1).doesNotContainKey("helpful"));
        assertThat(http().get("/api/v1/reports/knowledge" + period + "&language=de", supervisor)
                .<List<Object>>json("$.items")).hasSize(1);
        assertThat(http().get("/api/v1/reports/knowledge" + period + "&language=en", supervisor)
                .<List<Object>>json("$.items")).isEmpty();
        assertThat(tickets.knowledgeDeadLetters()).as("the unreadable record, with its reason")
                .anySatisfy(record -> assertThat(header(record, "x-exception-message")).contains("CloudEvent"));
        HttpProbe.Reply own = http().get("/api/v1/reports/knowledge" + period,
                issuer.agent("agent-anna", "service-desk-l1"));
        assertThat(own.<Integer>json("$.items[0].ticketsResolved")).isEqualTo(1);
        assertThat(own.<List<String>>json("$.groupIds")).containsExactly("service-desk-l1");

        String agent = issuer.agent("agent-cleo", groupOfItsOwn);
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                http().get("/api/v1/reports/sla-risk", agent).<Integer>json("$.warnings") == 1);
        HttpProbe.Reply risk = http().get("/api/v1/reports/sla-risk", agent);
        assertThat(risk.<Integer>json("$.breached")).isZero();
        assertThat(risk.<Map<String, Object>>json("$.items[0]")).containsEntry("ticketId", atRisk.ticketId())
                .containsEntry("risk", "WARNING").containsEntry("target", "FIRST_RESPONSE")
                .containsEntry("threshold", 0.75).containsEntry("since", at(start, 10).toString());
        tickets.sendSla(atRisk.ticketId(), TicketEventRecords.slaBreached(atRisk.ticketId(), "FIRST_RESPONSE",
                at(start, 20), 2));
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                http().get("/api/v1/reports/sla-risk", agent).<Integer>json("$.breached") == 1);
        assertThat(http().get("/api/v1/reports/sla-risk", agent).<Integer>json("$.warnings")).isZero();
    }

    @Test
    void anUnknownPriorityOrTypeIsABadRequestNamingTheParameter() {
        String token = issuer.supervisor("a-supervisor");

        assertBadParameter(http().get(SUMMARY + "?priority=P9", token), "priority");
        assertBadParameter(http().get(SUMMARY + "?type=OUTAGE", token), "type");
    }

    @Test
    void anSlaRecordThatCannotBeReadIsDeadLetteredOnItsOwnTopicAndTheNextIsStillCounted() {
        Instant start = newPeriod();
        String key = "sla-garbage-" + UUID.randomUUID();
        byte[] garbage = ("not an SLA event " + key).getBytes(StandardCharsets.UTF_8);
        TicketStory story = new TicketStory(tickets).opened("P2", at(start, 0));

        tickets.sendSla(key, garbage);
        tickets.sendSla(story.ticketId(), TicketEventRecords.slaBreached(story.ticketId(), "RESOLUTION", at(start, 5), 1));

        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(50)).until(() -> projection
                .find(story.ticketId()).map(facts -> facts.resolutionSla() != null).orElse(false));
        ConsumerRecord<byte[], byte[]> deadLetter = tickets.slaDeadLetters().stream()
                .filter(record -> Arrays.equals(record.key(), bytes(key))).findFirst().orElseThrow();
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter, "x-original-topic")).isEqualTo(Topics.SLA);
    }

    @Test
    void aReopeningDeliveredTwiceIsCountedOnce() {
        Instant start = newPeriod();
        TicketStory story = new TicketStory(tickets).opened("P3", at(start, 0))
                .then(TicketEventTypes.RESOLVED, at(start, 10),
                        (id, t) -> new TicketResolved(id, "RESOLVED", "FIXED", "Done", null, "agent-anna", t))
                .then(TicketEventTypes.REOPENED, at(start, 20),
                        (id, t) -> new TicketReopened(id, "IN_PROGRESS", "Not done", "demo-customer", t))
                .redeliverTheLast()
                .then(TicketEventTypes.RESOLVED, at(start, 30),
                        (id, t) -> new TicketResolved(id, "RESOLVED", "FIXED", "Done now", null, "agent-anna", t));
        awaitApplied(story);

        HttpProbe.Reply summary = summary(start, start.plus(Duration.ofDays(1)));
        assertThat(summary.<Integer>json("$.reopened")).isEqualTo(1);
        assertThat(summary.<Integer>json("$.resolved")).isEqualTo(2);
        assertThat(projection.find(story.ticketId()).orElseThrow().reopenCount()).isEqualTo(1);
    }

    /**
     * A ticket's events arriving out of sequence (as after partitions were added to the topic,
     * or a producer re-sent a batch), one of them twice: every figure is as if they had come in
     * order, once each.
     */
    @Test
    void aTicketsEventsDeliveredOutOfOrderAndTwiceCountAsIfDeliveredInOrderOnce() {
        Instant start = newPeriod();
        String id = UUID.randomUUID().toString();
        byte[] opened = TicketEventRecords.opened(UUID.randomUUID().toString(), id, 1, "P3", at(start, 0));
        byte[] assigned = TicketEventRecords.event(TicketEventTypes.ASSIGNED, id, 2,
                new TicketAssigned(id, "ASSIGNED", "service-desk-l1", "agent-anna", SUPERVISOR, at(start, 5)), at(start, 5));
        byte[] firstResolution = TicketEventRecords.event(TicketEventTypes.RESOLVED, id, 3,
                new TicketResolved(id, "RESOLVED", "FIXED", "Done", null, "agent-anna", at(start, 20)), at(start, 20));
        byte[] reopened = TicketEventRecords.event(TicketEventTypes.REOPENED, id, 4,
                new TicketReopened(id, "IN_PROGRESS", "Not done", "demo-customer", at(start, 30)), at(start, 30));
        byte[] secondResolution = TicketEventRecords.event(TicketEventTypes.RESOLVED, id, 5,
                new TicketResolved(id, "RESOLVED", "FIXED", "Done now", null, "agent-anna", at(start, 50)), at(start, 50));

        for (byte[] record : List.of(secondResolution, opened, reopened, firstResolution, assigned, reopened)) {
            tickets.send(id, record);
        }
        openTicket("P5", at(start, 1)); // read after all of them

        HttpProbe.Reply day = awaitOpened(start, start.plus(Duration.ofDays(1)), 2);
        assertThat(day.<Integer>json("$.resolved")).isEqualTo(2);
        assertThat(day.<Integer>json("$.reopened")).isEqualTo(1);
        assertThat(day.<Map<String, Object>>json("$.resolutionTime")).containsEntry("count", 1)
                .containsEntry("meanSeconds", 3000.0);
        assertThat(day.<Map<String, Object>>json("$.reopenRate")).containsEntry("matching", 1);
        TicketFacts facts = projection.find(id).orElseThrow();
        assertThat(facts.status()).as("the newest event's, not the last delivered").isEqualTo("RESOLVED");
        assertThat(facts.groupId()).isEqualTo("service-desk-l1");
        assertThat(facts.resolvedTimes()).containsExactly(at(start, 20), at(start, 50));
        assertThat(facts.lastSequence()).isEqualTo(5);
    }

    @Test
    void theContractSampleOfAnOpenedEventIsCountedWhateverContentTypeHeaderItCarries() {
        // The header a Spring Cloud Stream producer adds when it publishes structured CloudEvents.
        tickets.send(TicketEventRecords.SAMPLE_TICKET_ID, TicketEventRecords.contractSample(),
                Map.of("contentType", CloudEventContract.CONTENT_TYPE));

        Instant sampleDay = Instant.parse("2026-11-27T00:00:00Z");
        HttpProbe.Reply summary = awaitOpened(sampleDay, sampleDay.plus(Duration.ofDays(1)), 1);

        assertThat(summary.<Integer>json("$.byPriority.P2")).isEqualTo(1);
        assertThat(summary.<Integer>json("$.byStatus.NEW")).isEqualTo(1);
    }

    @Test
    void theSameRecordDeliveredTwiceCountsOnce() {
        Instant start = newPeriod();
        String ticketId = UUID.randomUUID().toString();
        byte[] record = TicketEventRecords.opened(ticketId, "P1", start);
        double duplicatesBefore = outcomes("duplicate");

        tickets.send(ticketId, record);
        tickets.send(ticketId, record);
        openTicket("P3", start.plusSeconds(60)); // consumed after both copies

        HttpProbe.Reply summary = awaitOpened(start, start.plus(Duration.ofDays(1)), 2);
        assertThat(summary.<Integer>json("$.byPriority.P1")).isEqualTo(1);
        assertThat(outcomes("duplicate")).isEqualTo(duplicatesBefore + 1);
    }

    @Test
    void anOlderEventArrivingLateDoesNotUndoANewerOne() {
        Instant start = newPeriod();
        String ticketId = UUID.randomUUID().toString();
        String newerEvent = UUID.randomUUID().toString();

        tickets.send(ticketId, TicketEventRecords.opened(newerEvent, ticketId, 2, "P1", start));
        tickets.send(ticketId, TicketEventRecords.opened(UUID.randomUUID().toString(), ticketId, 1, "P5", start));
        openTicket("P3", start.plusSeconds(60));

        HttpProbe.Reply summary = awaitOpened(start, start.plus(Duration.ofDays(1)), 2);
        assertThat(summary.<Integer>json("$.byPriority.P1")).isEqualTo(1);
        assertThat(summary.<Integer>json("$.byPriority.P5")).isZero();
        TicketFacts stored = projection.find(ticketId).orElseThrow();
        assertThat(stored.lastSequence()).isEqualTo(2);
        assertThat(stored.lastEventId()).isEqualTo(newerEvent);
    }

    @Test
    void aRecordThatIsNotACloudEventIsDeadLetteredWithItsReasonAndTheNextRecordIsStillCounted() {
        Instant start = newPeriod();
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = ("this is not a CloudEvent {" + key).getBytes(StandardCharsets.UTF_8);
        double deadLettersBefore = outcomes("dead-lettered");

        tickets.send(key, garbage);
        openTicket("P2", start);

        awaitOpened(start, start.plus(Duration.ofDays(1)), 1);
        ConsumerRecord<byte[], byte[]> deadLetter = deadLetterKeyed(key);
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter, CloudEventContract.DLQ_REASON_HEADER)).contains("Not a structured-mode CloudEvent");
        assertThat(header(deadLetter, "x-original-topic")).isEqualTo(Topics.TICKETS);
        assertThat(outcomes("dead-lettered")).isEqualTo(deadLettersBefore + 1);
    }

    @Test
    void anOpenedEventWhoseDataIsNotATicketOpenedIsDeadLetteredAndTheNextRecordIsStillCounted() {
        Instant start = newPeriod();
        String ticketId = UUID.randomUUID().toString();

        tickets.send(ticketId, TicketEventRecords.openedWithUnreadableData(ticketId));
        openTicket("P4", start);

        awaitOpened(start, start.plus(Duration.ofDays(1)), 1);
        assertThat(header(deadLetterKeyed(ticketId), CloudEventContract.DLQ_REASON_HEADER))
                .contains("is not a TicketOpened");
        assertThat(projection.find(ticketId)).isEmpty();
    }

    @Test
    void anEventOfATypeThisServiceDoesNotKnowIsSkippedNotDeadLettered() {
        Instant start = newPeriod();
        String ticketId = UUID.randomUUID().toString();
        double unknownBefore = outcomes("unknown-type");

        tickets.send(ticketId, TicketEventRecords.ofType("helpdesk.ticket.teleported.v1", ticketId, 2));
        openTicket("P5", start);

        awaitOpened(start, start.plus(Duration.ofDays(1)), 1);
        assertThat(outcomes("unknown-type")).isEqualTo(unknownBefore + 1);
        assertThat(tickets.deadLetters()).noneMatch(record -> Arrays.equals(record.key(), bytes(ticketId)));
        assertThat(projection.find(ticketId)).isEmpty();
    }

    @Test
    void fromIsInclusiveAndToIsExclusive() {
        Instant start = newPeriod();
        for (int hour = 1; hour <= 3; hour++) {
            openTicket("P3", start.plus(Duration.ofHours(hour)));
        }
        awaitOpened(start, start.plus(Duration.ofDays(1)), 3);

        assertThat(openedBetween(start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(3)))).isEqualTo(1);
        assertThat(openedBetween(start, start.plus(Duration.ofHours(2)))).isEqualTo(1);
        assertThat(openedBetween(start.plus(Duration.ofHours(1)), start.plus(Duration.ofHours(4)))).isEqualTo(3);
        assertThat(openedBetween(start.plus(Duration.ofHours(2)), start.plus(Duration.ofHours(2)))).isZero();
    }

    @Test
    void anUnreadableOrInvertedPeriodIsABadRequestNamingTheParameter() {
        String token = issuer.supervisor("a-supervisor");

        assertBadParameter(http().get(SUMMARY + "?from=yesterday", token), "from");
        assertBadParameter(http().get(SUMMARY + "?to=2026-13-45T00:00:00Z", token), "to");
        assertBadParameter(http().get(SUMMARY + "?from=2026-12-01T00:00:00Z&to=2026-11-01T00:00:00Z", token),
                "from");
    }

    @Test
    void reportsAreForStaffNotForCustomersOrOtherSystems() {
        for (String token : List.of(issuer.customer("portal", "c-1"), issuer.integration("monitoring"))) {
            HttpProbe.Reply reply = http().get(SUMMARY, token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        for (String token : List.of(issuer.agent("an-agent", "service-desk-l1"), issuer.supervisor("a-supervisor"),
                issuer.admin("an-admin"))) {
            HttpProbe.Reply reply = http().get(SUMMARY, token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        }
    }

    @Test
    void theServiceIsReadyOnlyWithItsConsumersHoldingThePartitionsOfTheirTopics() {
        await().atMost(CONSUMED_WITHIN).untilAsserted(() -> {
            HttpProbe.Reply reply = http().get("/actuator/health/readiness", issuer.admin("an-admin"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.<String>json("$.components.consumers.status")).isEqualTo("UP");
            assertThat(reply.<List<String>>json("$.components.consumers.details.partitions"))
                    .contains(Topics.TICKETS + "-0", Topics.SLA + "-0");
        });
    }

    /**
     * The ticket service may create the topic after this consumer subscribed (or add partitions
     * to one created with fewer): the consumer must read the new partitions within seconds, not
     * after the Kafka client's default metadata refresh of five minutes.
     */
    @Test
    void aPartitionAddedToTheTopicWhileConsumingIsReadWithinSeconds() {
        Instant start = newPeriod();
        int added = tickets.addPartition();
        String ticketId = UUID.randomUUID().toString();

        tickets.sendTo(added, ticketId, TicketEventRecords.opened(ticketId, "P3", start));

        awaitOpened(start, start.plus(Duration.ofDays(1)), 1);
    }

    @Test
    void aTicketShowsInTheSummaryWithinASecondOfBeingPublished() {
        Instant start = newPeriod();
        Instant end = start.plus(Duration.ofDays(1));
        openTicket("P2", start); // the consumer has joined its group and is reading
        awaitOpened(start, end, 1);

        openTicket("P1", start.plusSeconds(1));
        long publishedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20))
                .until(() -> openedBetween(start, end) == 2);

        assertThat(Duration.ofNanos(System.nanoTime() - publishedAt)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void eventOutcomesAndProjectionLagAreExportedToPrometheus() {
        Instant start = newPeriod();
        openTicket("P3", start);
        awaitOpened(start, start.plus(Duration.ofDays(1)), 1);

        String metrics = http().get("/actuator/prometheus", null).body();

        assertThat(metrics).contains("helpdesk_reporting_events_total{", "outcome=\"applied\"",
                "outcome=\"duplicate\"", "outcome=\"unknown-type\"", "outcome=\"dead-lettered\"",
                "helpdesk_reporting_projection_lag_seconds_count");
    }

    /** A report's JSON without the moment it was computed at, which differs between two requests. */
    private static Map<String, Object> withoutMoment(HttpProbe.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        Map<String, Object> report = new HashMap<>(reply.<Map<String, Object>>json("$"));
        report.remove("asOf");
        return report;
    }

    private static Instant newPeriod() {
        return Instant.parse("2031-01-01T00:00:00Z").plus(Duration.ofDays(10L * PERIODS.incrementAndGet()));
    }

    private static Instant at(Instant start, int minutes) {
        return start.plus(Duration.ofMinutes(minutes));
    }

    /** Polls until the projection applied the story's last event, so every record sent before it too. */
    private void awaitApplied(TicketStory story) {
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(50))
                .until(() -> projection.find(story.ticketId())
                        .map(facts -> facts.lastSequence() == story.sequence()).orElse(false));
    }

    private void openTicket(String priority, Instant openedAt) {
        String ticketId = UUID.randomUUID().toString();
        tickets.send(ticketId, TicketEventRecords.opened(ticketId, priority, openedAt));
    }

    private HttpProbe.Reply summary(Instant from, Instant to) {
        return http().get(SUMMARY + "?from=" + from + "&to=" + to, issuer.supervisor("a-supervisor"));
    }

    private long openedBetween(Instant from, Instant to) {
        HttpProbe.Reply reply = summary(from, to);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply.<Number>json("$.opened").longValue();
    }

    /** Polls until the period shows the expected number of opened tickets, then returns that summary. */
    private HttpProbe.Reply awaitOpened(Instant from, Instant to, long expected) {
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(50))
                .until(() -> openedBetween(from, to) == expected);
        return summary(from, to);
    }

    private double outcomes(String outcome) {
        return meters.get("helpdesk.reporting.events").tag("topic", Topics.TICKETS).tag("outcome", outcome).counter()
                .count();
    }

    private ConsumerRecord<byte[], byte[]> deadLetterKeyed(String key) {
        return tickets.deadLetters().stream()
                .filter(record -> Arrays.equals(record.key(), bytes(key)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No record keyed " + key + " on " + TicketsTopic.DEAD_LETTERS));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void assertBadParameter(HttpProbe.Reply reply, String parameter) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        assertThat(reply.<String>json("$.errors[0].field")).isEqualTo(parameter);
    }
}
