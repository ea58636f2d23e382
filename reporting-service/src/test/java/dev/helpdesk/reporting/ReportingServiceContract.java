package dev.helpdesk.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
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

    @BeforeEach
    void connectToTheTicketsTopic() {
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
    void anEventOlderThanWhatWasAppliedToItsTicketIsIgnored() {
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
    void theServiceIsReadyOnlyWithItsTicketsConsumerHoldingThePartitionOfTheTopic() {
        await().atMost(CONSUMED_WITHIN).untilAsserted(() -> {
            HttpProbe.Reply reply = http().get("/actuator/health/readiness", issuer.admin("an-admin"));
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            assertThat(reply.<String>json("$.components.ticketsConsumer.status")).isEqualTo("UP");
            assertThat(reply.<List<String>>json("$.components.ticketsConsumer.details.partitions"))
                    .contains(Topics.TICKETS + "-0");
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
        return meters.get("helpdesk.reporting.events").tag("outcome", outcome).counter().count();
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
