package dev.helpdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.problem.ProblemCandidateDetected;
import dev.helpdesk.contracts.problem.ProblemEventTypes;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.escalation.problems.OpenedIncident;
import dev.helpdesk.escalation.problems.RecurringIncidents;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicProbe;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Recurring incidents and problem candidates (issue 4, item 6; decisions D31) with real parts: ticket
 * events produced to the real tickets topic, candidates in the MongoDB-wire server, their detection
 * read from the real {@code helpdesk.sla.v1}, the API over HTTP with real tokens. The ticket service,
 * another process, is a real HTTP server standing in for its public API, which records what it gets.
 * The defaults apply: 5 incidents within 24 h.
 */
@OnEmbeddedInfrastructure
@DirtiesContext
class ProblemCandidatesIntegrationTest {

    private static final String CANDIDATES = "/api/v1/problems/candidates";
    private static final Instant MONDAY = Instant.parse("2026-11-02T09:00:00Z");
    private static final Duration WITHIN = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FakeTicketService TICKET_SERVICE = new FakeTicketService();

    @DynamicPropertySource
    static void ticketService(DynamicPropertyRegistry registry) {
        registry.add("helpdesk.problems.ticket-service-uri", () -> TICKET_SERVICE.uri().toString());
        registry.add("helpdesk.problems.ticket-service-timeout", () -> "2s");
    }

    @AfterAll
    static void stopTicketService() {
        TICKET_SERVICE.close();
    }

    @LocalServerPort
    private int port;

    @Autowired
    private TestIssuer issuer;

    @Autowired
    private RecurringIncidents incidents;

    @Autowired
    private MongoDatabase escalationDatabase;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private TicketsTopic tickets;

    @BeforeEach
    void connectOnceTheConsumerHasJoined() {
        tickets = new TicketsTopic(bootstrapServers);
        await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                http().get("/actuator/health/readiness", issuer.admin("an-admin")).status() == 200);
    }

    @AfterEach
    void disconnect() {
        tickets.close();
    }

    private HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    private String agent() {
        return issuer.agent("demo-agent", "service-desk-l1");
    }

    private static String freshCategory(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void fiveIncidentsOfACategoryWithinADayRaiseOneCandidateWhoseDetectionIsPublishedOnce() throws Exception {
        String category = freshCategory("Printing");
        List<TicketsTopic.Story> counted = new ArrayList<>();
        String[] spellings = {category, " " + category.toUpperCase(), category.toLowerCase() + " ", category, category};
        try (SlaTopic sla = new SlaTopic(bootstrapServers)) {
            // none of these count: a day and an hour too early, a service request, another category
            TicketsTopic.Story tooEarly = tickets.newTicket().opened("P3", category, MONDAY.minus(Duration.ofHours(25)));
            TicketsTopic.Story request = tickets.newTicket().then(TicketEventTypes.OPENED, MONDAY, (id, at) ->
                    new TicketOpened(id, "HD-900002", "SERVICE_REQUEST", "NEW", "New laptop", "For the new hire",
                            "c0000000-0000-4000-8000-000000000001", "PORTAL", category, "LOW", "LOW", "P5", List.of(),
                            "demo-agent", at));
            TicketsTopic.Story otherCategory = tickets.newTicket().opened("P3", category + "-other", MONDAY);
            for (int i = 0; i < 5; i++) {
                counted.add(tickets.newTicket().opened("P3", spellings[i], MONDAY.plus(Duration.ofHours(4L * i))));
                counted.get(0).redeliverTheLast(); // at least once: the same record again, and again
            }
            counted.get(4).redeliverTheLast();
            // the sixth joins the open candidate; once it is in, every record before it was read
            TicketsTopic.Story sixth = tickets.newTicket().opened("P3", category, MONDAY.plus(Duration.ofHours(30)));

            JsonNode listed = await().atMost(WITHIN).pollInterval(Duration.ofMillis(100)).until(
                    () -> candidateOf(category), found -> found != null && found.get("incidentCount").asInt() == 6);
            String id = listed.get("id").asText();
            JsonNode candidate = JSON.readTree(http().get(CANDIDATES + "/" + id, agent()).body());

            List<String> five = counted.stream().map(TicketsTopic.Story::ticketId).toList();
            assertThat(candidate.get("status").asText()).isEqualTo("OPEN");
            assertThat(candidate.get("category").asText()).isEqualTo(category);
            assertThat(texts(candidate.get("incidentIds"))).containsExactlyElementsOf(concat(five, sixth.ticketId()))
                    .doesNotContain(tooEarly.ticketId(), request.ticketId(), otherCategory.ticketId());
            assertThat(texts(candidate.get("detection").get("incidentIds"))).containsExactlyElementsOf(five);
            assertThat(candidate.get("detection").get("threshold").asInt()).isEqualTo(5);
            assertThat(candidate.get("detection").get("window").asText()).isEqualTo("PT24H");
            assertThat(Instant.parse(candidate.get("firstIncidentAt").asText())).isEqualTo(MONDAY);
            assertThat(Instant.parse(candidate.get("lastIncidentAt").asText())).isEqualTo(MONDAY.plus(Duration.ofHours(30)));
            assertThat(candidatesOf(category, "ALL")).as("one candidate, whatever the redeliveries").hasSize(1);

            // published once, from the stored detection, and unqueued after the broker's acknowledgement
            await().atMost(WITHIN).until(() -> !sla.keyed(id).isEmpty() && !escalationDatabase
                    .getCollection("problem_candidates").find(Filters.eq("_id", id)).first()
                    .getBoolean("publishPending"));
            Instant detectedAt = Instant.parse(candidate.get("detectedAt").asText());
            List<ConsumerRecord<byte[], byte[]>> published;
            try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
                published = probe.everythingOn(Topics.SLA).stream()
                        .filter(record -> Arrays.equals(record.key(), id.getBytes(StandardCharsets.UTF_8))).toList();
            }
            assertThat(published).hasSize(1);
            assertThat(new String(published.get(0).headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                    .isEqualTo("application/cloudevents+json");
            CloudEvent event = CODEC.decode(published.get(0).value());
            assertThat(event.getId()).isEqualTo(id + ":detected");
            assertThat(event.getType()).isEqualTo(ProblemEventTypes.CANDIDATE_DETECTED);
            assertThat(event.getSource()).hasToString(Sources.ESCALATION_SERVICE);
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(1);
            assertThat(event.getTime().toInstant()).isEqualTo(detectedAt);
            assertThat(CODEC.dataOf(event, ProblemCandidateDetected.class)).isEqualTo(new ProblemCandidateDetected(id,
                    category, five, MONDAY, MONDAY.plus(Duration.ofHours(16)), 5, "PT24H", detectedAt));
        }
    }

    @Test
    void staffReadCandidatesCustomersAndIntegrationsDoNotAndOnlyASupervisorDecides() throws Exception {
        String id = raisedCandidate(freshCategory("access"), 5).id();
        String path = CANDIDATES + "/" + id;

        for (String token : List.of(agent(), issuer.supervisor("sup-1"), issuer.admin("an-admin"))) {
            assertThat(http().get(CANDIDATES, token).status()).isEqualTo(200);
            HttpProbe.Reply one = http().get(path, token);
            assertThat(one.status()).isEqualTo(200);
            assertThat(one.<String>json("$.id")).isEqualTo(id);
        }
        HttpProbe.Reply list = http().get(CANDIDATES + "?size=200", agent());
        assertThat(list.<List<String>>json("$.items[*].id")).contains(id);
        assertThat(list.<List<String>>json("$.items[*].status")).containsOnly("OPEN");
        assertThat(list.<Integer>json("$.page")).isZero();
        assertThat(list.<Integer>json("$.size")).isEqualTo(200);
        assertThat(list.<Integer>json("$.total")).isPositive();
        for (String token : List.of(issuer.customer("portal", "c-1"), issuer.integration("monitoring"))) {
            assertThat(http().get(CANDIDATES, token).status()).isEqualTo(403);
            assertThat(http().get(path, token).status()).isEqualTo(403);
        }
        for (String token : List.of(agent(), issuer.admin("an-admin"), issuer.customer("portal", "c-1"))) {
            HttpProbe.Reply refused = http().post(path + "/problem", token, "");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.contentType()).startsWith("application/problem+json");
            assertThat(http().post(path + "/dismissal", token, "").status()).isEqualTo(403);
        }
        assertThat(http().get(CANDIDATES + "/" + UUID.randomUUID(), agent()).status()).isEqualTo(404);
        HttpProbe.Reply badStatus = http().get(CANDIDATES + "?status=MAYBE", agent());
        assertThat(badStatus.status()).isEqualTo(400);
        assertThat(badStatus.body()).contains("status");
        assertThat(TICKET_SERVICE.received()).noneMatch(request -> request.body().contains(id));
    }

    @Test
    void aSupervisorTurnsACandidateIntoOneProblemWithEveryIncidentLinkedAndARetryFinishesAfterAFailure()
            throws Exception {
        String category = freshCategory("vpn");
        Raised raised = raisedCandidate(category, 6);
        String path = CANDIDATES + "/" + raised.id() + "/problem";
        String supervisor = issuer.supervisor("sup-1", "service-desk-l2");
        int before = TICKET_SERVICE.received().size();
        TICKET_SERVICE.failNextLinkOf(raised.incidentIds().get(2));

        HttpProbe.Reply failed = http().post(path, supervisor, "");

        assertThat(failed.status()).as(failed.toString()).isEqualTo(502);
        assertThat(failed.contentType()).startsWith("application/problem+json");
        HttpProbe.Reply halfWay = http().get(CANDIDATES + "/" + raised.id(), agent());
        assertThat(halfWay.<String>json("$.status")).isEqualTo("OPEN");
        String problemId = halfWay.json("$.problemTicketId");
        assertThat(problemId).isNotNull();

        HttpProbe.Reply promoted = http().post(path, supervisor, "");

        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(201);
        assertThat(promoted.header("Location")).isEqualTo("/api/v1/tickets/" + problemId);
        assertThat(promoted.<String>json("$.status")).isEqualTo("PROMOTED");
        assertThat(promoted.<String>json("$.problemTicketId")).isEqualTo(problemId);
        assertThat(promoted.<String>json("$.decidedBy")).isEqualTo("sup-1");
        assertThat(promoted.<List<Object>>json("$.unlinked")).isEmpty();
        HttpProbe.Reply again = http().post(path, supervisor, "");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Location")).isEqualTo("/api/v1/tickets/" + problemId);

        List<FakeTicketService.Received> requests = TICKET_SERVICE.received().subList(before,
                TICKET_SERVICE.received().size());
        assertThat(requests).allSatisfy(request -> {
            assertThat(request.method()).isEqualTo("POST");
            assertThat(request.authorization()).isEqualTo("Bearer " + supervisor);
        });
        List<FakeTicketService.Received> opened = requests.stream()
                .filter(request -> request.path().equals("/api/v1/tickets")).toList();
        assertThat(opened).as("one problem, whatever the retries").hasSize(1);
        assertThat(opened.get(0).idempotencyKey()).isEqualTo("problem-candidate-" + raised.id());
        JsonNode problem = JSON.readTree(opened.get(0).body());
        assertThat(problem.get("type").asText()).isEqualTo("PROBLEM");
        assertThat(problem.get("requesterId").asText()).isEqualTo("sup-1");
        assertThat(problem.get("category").asText()).isEqualTo(category);
        assertThat(problem.get("channel").asText()).isEqualTo("API");
        assertThat(problem.get("subject").asText()).isEqualTo("Recurring incidents: " + category);
        assertThat(problem.get("description").asText()).contains(raised.id(), "5 incidents");
        assertThat(problem.get("impact").asText()).isEqualTo("MEDIUM");
        assertThat(problem.get("urgency").asText()).isEqualTo("MEDIUM");
        List<String> links = requests.stream().filter(request -> request.path().endsWith("/links"))
                .map(request -> request.path().split("/")[4]).toList();
        List<String> ids = raised.incidentIds();
        assertThat(links).as("the first attempt up to the failed link, then the rest from there")
                .containsExactlyElementsOf(concat(ids.subList(0, 3), ids.subList(2, 6).toArray(String[]::new)));
        assertThat(requests.stream().filter(request -> request.path().endsWith("/links")).map(request -> {
            try {
                return JSON.readTree(request.body());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).allSatisfy(link -> {
            assertThat(link.get("targetId").asText()).isEqualTo(problemId);
            assertThat(link.get("kind").asText()).isEqualTo("CAUSED_BY");
        });

        // decided: nothing joins it any more, and it can no longer be dismissed
        assertThat(incidents.opened(new OpenedIncident(UUID.randomUUID().toString(), 1, MONDAY, category)))
                .isEqualTo(RecurringIncidents.Outcome.COUNTED);
        HttpProbe.Reply dismissed = http().post(CANDIDATES + "/" + raised.id() + "/dismissal", supervisor, "");
        assertThat(dismissed.status()).isEqualTo(409);
        assertThat(dismissed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aTicketServiceThatIsDownIsA503AndAClosedIncidentIsReportedNotLinked() {
        Raised raised = raisedCandidate(freshCategory("mail"), 5);
        String path = CANDIDATES + "/" + raised.id() + "/problem";
        String supervisor = issuer.supervisor("sup-2");

        TICKET_SERVICE.stop();
        HttpProbe.Reply unavailable;
        try {
            unavailable = http().post(path, supervisor, "");
        } finally {
            TICKET_SERVICE.restart();
        }

        assertThat(unavailable.status()).as(unavailable.toString()).isEqualTo(503);
        assertThat(unavailable.contentType()).startsWith("application/problem+json");
        assertThat(unavailable.header("Retry-After")).isNotBlank();
        HttpProbe.Reply untouched = http().get(CANDIDATES + "/" + raised.id(), agent());
        assertThat(untouched.<String>json("$.status")).isEqualTo("OPEN");
        assertThat(untouched.<String>json("$.problemTicketId")).isNull();

        TICKET_SERVICE.closed(raised.incidentIds().get(1));
        HttpProbe.Reply promoted = http().post(path, supervisor, "");

        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(201);
        assertThat(promoted.<List<String>>json("$.unlinked[*].ticketId")).containsExactly(raised.incidentIds().get(1));
        assertThat(promoted.<String>json("$.unlinked[0].reason")).startsWith("409");
    }

    @Test
    void aTicketServiceThatAnswersTooLateIsA504AndTheRetryFindsTheSameProblemByTheIdempotencyKey() {
        Raised raised = raisedCandidate(freshCategory("phones"), 5);
        String path = CANDIDATES + "/" + raised.id() + "/problem";
        String supervisor = issuer.supervisor("sup-4");
        int before = TICKET_SERVICE.received().size();
        TICKET_SERVICE.answerNextOpenAfter(Duration.ofSeconds(3));

        HttpProbe.Reply late = http().post(path, supervisor, "");

        assertThat(late.status()).as(late.toString()).isEqualTo(504);
        assertThat(late.contentType()).startsWith("application/problem+json");
        assertThat(http().get(CANDIDATES + "/" + raised.id(), agent()).<String>json("$.problemTicketId")).isNull();

        HttpProbe.Reply promoted = http().post(path, supervisor, "");

        String key = "problem-candidate-" + raised.id();
        assertThat(promoted.status()).as(promoted.toString()).isEqualTo(201);
        assertThat(promoted.<String>json("$.problemTicketId")).isEqualTo(TICKET_SERVICE.openedUnder(key));
        assertThat(TICKET_SERVICE.received().subList(before, TICKET_SERVICE.received().size()))
                .filteredOn(request -> request.path().equals("/api/v1/tickets"))
                .extracting(FakeTicketService.Received::idempotencyKey).containsExactly(key, key);
    }

    @Test
    void aSupervisorDismissesACandidateAndItsPatternStartsAfresh() {
        String category = freshCategory("storage");
        Raised raised = raisedCandidate(category, 5);
        String path = CANDIDATES + "/" + raised.id();
        String supervisor = issuer.supervisor("sup-3");

        HttpProbe.Reply dismissed = http().post(path + "/dismissal", supervisor,
                "{\"reason\":\"Known firmware issue, fixed by the vendor's update\"}");

        assertThat(dismissed.status()).as(dismissed.toString()).isEqualTo(200);
        assertThat(dismissed.<String>json("$.status")).isEqualTo("DISMISSED");
        assertThat(dismissed.<String>json("$.dismissReason")).isEqualTo("Known firmware issue, fixed by the vendor's update");
        assertThat(http().post(path + "/dismissal", supervisor, "").status()).isEqualTo(200);
        assertThat(http().post(path + "/problem", supervisor, "").status()).isEqualTo(409);
        assertThat(http().get(CANDIDATES + "?status=dismissed&size=200", agent()).<List<String>>json("$.items[*].id"))
                .contains(raised.id());
        assertThat(http().get(CANDIDATES + "?size=200", agent()).<List<String>>json("$.items[*].id"))
                .doesNotContain(raised.id());
        for (int i = 0; i < 4; i++) {
            assertThat(incidents.opened(new OpenedIncident(UUID.randomUUID().toString(), 1,
                    MONDAY.plus(Duration.ofMinutes(i)), category))).isEqualTo(RecurringIncidents.Outcome.COUNTED);
        }
    }

    // ---- helpers ----

    private record Raised(String id, List<String> incidentIds) {
    }

    /** A candidate of {@code count} incidents (the fifth raises it, the rest join), recorded as the consumer does. */
    private Raised raisedCandidate(String category, int count) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String ticketId = UUID.randomUUID().toString();
            ids.add(ticketId);
            incidents.opened(new OpenedIncident(ticketId, 1, MONDAY.plus(Duration.ofMinutes(i)), category));
        }
        Document first = escalationDatabase.getCollection("problem_occurrences").find(Filters.eq("_id", ids.get(0)))
                .first();
        assertThat(first.getString("candidateId")).isNotNull();
        return new Raised(first.getString("candidateId"), ids);
    }

    private JsonNode candidateOf(String category) throws Exception {
        List<JsonNode> found = candidatesOf(category, "OPEN");
        return found.isEmpty() ? null : found.get(0);
    }

    private List<JsonNode> candidatesOf(String category, String status) throws Exception {
        HttpProbe.Reply reply = http().get(CANDIDATES + "?size=200&status=" + status, agent());
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        JSON.readTree(reply.body()).get("items").forEach(item -> {
            if (item.get("category").asText().equalsIgnoreCase(category)) {
                found.add(item);
            }
        });
        return found;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }
}
