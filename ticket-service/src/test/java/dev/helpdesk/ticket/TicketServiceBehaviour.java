package dev.helpdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.jayway.jsonpath.JsonPath;
import com.mongodb.client.MongoClient;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import dev.helpdesk.testsupport.TopicReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * The walking skeleton of the ticket service against a real broker and a real MongoDB-wire
 * server: open, read, history, the CloudEvent on Kafka, and every kind of bad input.
 */
abstract class TicketServiceBehaviour extends ServiceEdgeContract {

    static final String CUSTOMER = "c0000000-0000-4000-8000-000000000001";
    static final String OTHER_CUSTOMER = "c0000000-0000-4000-8000-000000000002";
    static final String VALID_BODY = """
            {"type":"INCIDENT","subject":"VPN drops every 10 minutes",
             "description":"Since this morning the VPN client disconnects.",
             "requesterId":"%s","channel":"PHONE","category":"network",
             "impact":"HIGH","urgency":"MEDIUM","tags":["vpn"]}""".formatted(CUSTOMER);

    @Autowired
    MongoClient mongo;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    /** The SLA consumer holds its partitions (readiness, and so health, waits for it) before any test. */
    @BeforeEach
    void awaitTheSlaConsumer() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() ->
                http().get("/actuator/health/readiness", issuer.admin("an-admin")).status() == 200);
    }

    @Test
    void readinessWaitsForTheSlaConsumerToHoldItsPartitions() {
        HttpProbe.Reply readiness = http().get("/actuator/health/readiness", issuer.admin("an-admin"));

        assertThat(readiness.<String>json("$.components.slaConsumer.status")).isEqualTo("UP");
        assertThat(readiness.<List<String>>json("$.components.slaConsumer.details.partitions"))
                .contains(Topics.SLA + "-0");
    }

    @Override
    protected String protectedPath() {
        return "/api/v1/tickets/" + UUID.randomUUID();
    }

    String agent() {
        return issuer.agent("demo-agent", "service-desk-l1");
    }

    @Test
    void openingATicketAnswersCreatedWithLocationETagAndTheTicket() {
        HttpProbe.Reply created = http().post("/api/v1/tickets", agent(), VALID_BODY);

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        assertThat(created.header("Location")).isEqualTo("/api/v1/tickets/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.<String>json("$.number")).matches("HD-\\d{6}");
        assertThat(created.<String>json("$.status")).isEqualTo("NEW");
        assertThat(created.<String>json("$.priority")).isEqualTo("P2");
        assertThat(created.<String>json("$.requesterId")).isEqualTo(CUSTOMER);
        assertThat(created.<Integer>json("$.version")).isEqualTo(1);
    }

    @Test
    void anOpenedTicketReadsBackWithItsHistory() {
        String id = http().post("/api/v1/tickets", agent(), VALID_BODY).json("$.id");

        HttpProbe.Reply ticket = http().get("/api/v1/tickets/" + id, agent());
        HttpProbe.Reply history = http().get("/api/v1/tickets/" + id + "/history", agent());

        assertThat(ticket.status()).isEqualTo(200);
        assertThat(ticket.header("ETag")).isEqualTo("\"1\"");
        assertThat(ticket.<String>json("$.subject")).isEqualTo("VPN drops every 10 minutes");
        assertThat(ticket.<String>json("$.channel")).isEqualTo("PHONE");
        assertThat(ticket.<String>json("$.type")).isEqualTo("INCIDENT");
        assertThat(ticket.<List<String>>json("$.tags")).containsExactly("vpn");
        assertThat(Instant.parse(ticket.json("$.createdAt"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.<List<Object>>json("$.items")).hasSize(1);
        assertThat(history.<String>json("$.items[0].type")).isEqualTo("helpdesk.ticket.opened.v1");
        assertThat(history.<Integer>json("$.items[0].sequence")).isEqualTo(1);
        assertThat(history.<String>json("$.items[0].actorId")).isEqualTo("demo-agent");
        assertThat(history.<String>json("$.items[0].data.number")).isEqualTo(ticket.json("$.number"));
    }

    @Test
    void numbersNeverRepeatEvenWhenTicketsAreOpenedConcurrently() throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpProbe.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 24; i++) {
                replies.add(clients.submit(() -> http().post("/api/v1/tickets", agent(), VALID_BODY)));
            }
            Set<String> numbers = new HashSet<>();
            for (Future<HttpProbe.Reply> reply : replies) {
                assertThat(reply.get().status()).isEqualTo(201);
                numbers.add(reply.get().json("$.number"));
            }
            assertThat(numbers).hasSize(24);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void theOpenedEventIsPublishedToKafkaAsAStructuredCloudEventKeyedByTicket() {
        HttpProbe.Reply created = http().post("/api/v1/tickets", agent(), VALID_BODY);
        String id = created.json("$.id");

        ConsumerRecord<String, byte[]> record = awaitRecord(id);

        String event = new String(record.value(), StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(event, "$.specversion")).isEqualTo("1.0");
        assertThat(JsonPath.<String>read(event, "$.type")).isEqualTo("helpdesk.ticket.opened.v1");
        assertThat(JsonPath.<String>read(event, "$.source")).isEqualTo("/helpdesk/ticket-service");
        assertThat(JsonPath.<String>read(event, "$.subject")).isEqualTo(id);
        assertThat(JsonPath.<Integer>read(event, "$.sequence")).isEqualTo(1);
        assertThat(JsonPath.<String>read(event, "$.traceparent")).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(JsonPath.<String>read(event, "$.data.number")).isEqualTo(created.json("$.number"));
        assertThat(JsonPath.<String>read(event, "$.data.priority")).isEqualTo("P2");
        assertThat(new String(record.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/cloudevents+json");
        assertThat(JsonPath.<String>read(event, "$.id"))
                .isEqualTo(http().get("/api/v1/tickets/" + id + "/history", agent()).json("$.items[0].eventId"));
    }

    @Test
    void aTicketMayNameTheAffectedAssetWhichTheViewAndTheEventCarry() {
        String assetId = "5d1f0c2e-7a3b-4c6d-9e8f-0a1b2c3d4e5f";
        HttpProbe.Reply created = http().post("/api/v1/tickets", agent(),
                VALID_BODY.replace("\"tags\":[\"vpn\"]", "\"tags\":[\"vpn\"],\"affectedAssetId\":\"" + assetId + "\""));
        String id = created.json("$.id");

        assertThat(created.<String>json("$.affectedAssetId")).isEqualTo(assetId);
        assertThat(http().get("/api/v1/tickets/" + id, agent()).<String>json("$.affectedAssetId")).isEqualTo(assetId);
        String event = new String(awaitRecord(id).value(), StandardCharsets.UTF_8);
        assertThat(JsonPath.<String>read(event, "$.data.affectedAssetId")).isEqualTo(assetId);
        assertThat(http().post("/api/v1/tickets", agent(), VALID_BODY).<Object>json("$.affectedAssetId")).isNull();
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndStoresNothing() {
        long eventsBefore = storedEvents();
        Map<String, String> badBodies = Map.of(
                "{\"type\":\"INCIDENT\",", "(malformed)",
                VALID_BODY.replace("\"impact\":\"HIGH\"", "\"impact\":\"SEVERE\""), "impact",
                VALID_BODY.replace("\"subject\":\"VPN drops every 10 minutes\",", ""), "subject",
                VALID_BODY.replace("\"channel\":\"PHONE\"", "\"channel\":null"), "channel",
                VALID_BODY.replace("\"tags\":[\"vpn\"]", "\"tags\":[\"vpn\"],\"status\":\"RESOLVED\""), "status",
                VALID_BODY.replace("\"tags\":[\"vpn\"]", "\"tags\":[\"vpn\", \" \"]"), "tags[1]",
                VALID_BODY.replace("\"subject\":\"VPN drops every 10 minutes\"", "\"subject\":\"" + "x".repeat(201) + "\""), "subject",
                "[]", "(body)");

        badBodies.forEach((body, field) -> {
            HttpProbe.Reply reply = http().post("/api/v1/tickets", agent(), body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            if (!field.startsWith("(")) {
                assertThat(reply.body()).as(body).contains("\"errors\"");
                assertThat(reply.<List<String>>json("$.errors[*].field")).as(body).contains(field);
            }
        });
        assertThat(storedEvents()).isEqualTo(eventsBefore);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        HttpProbe.Reply reply = http().post("/api/v1/tickets", agent(), "subject=VPN",
                Map.of("Content-Type", "application/x-www-form-urlencoded"));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anUnknownTicketIsNotFoundAndAMalformedIdIsABadRequest() {
        HttpProbe.Reply unknown = http().get("/api/v1/tickets/" + UUID.randomUUID(), agent());
        HttpProbe.Reply unknownHistory = http().get("/api/v1/tickets/" + UUID.randomUUID() + "/history", agent());
        HttpProbe.Reply malformed = http().get("/api/v1/tickets/not-a-uuid", agent());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
        assertThat(unknownHistory.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aCustomerIsTheRequesterOfTheTicketsTheyOpenAndSeesNoOneElses() {
        String customer = issuer.customer("demo-customer", CUSTOMER);
        String otherCustomer = issuer.customer("demo-customer-2", OTHER_CUSTOMER);
        String body = VALID_BODY.replace("\"requesterId\":\"" + CUSTOMER + "\",", "");

        HttpProbe.Reply created = http().post("/api/v1/tickets", customer, body);
        String id = created.json("$.id");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.<String>json("$.requesterId")).isEqualTo(CUSTOMER);
        assertThat(http().get("/api/v1/tickets/" + id, customer).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/tickets/" + id, otherCustomer).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/tickets/" + id + "/history", otherCustomer).status()).isEqualTo(404);
        assertThat(http().post("/api/v1/tickets", otherCustomer, VALID_BODY).<List<String>>json("$.errors[*].field"))
                .containsExactly("requesterId");
    }

    @Test
    void agentsAndIntegrationsMustNameTheRequester() {
        String body = VALID_BODY.replace("\"requesterId\":\"" + CUSTOMER + "\",", "");

        for (String token : List.of(agent(), issuer.integration("demo-integration"))) {
            HttpProbe.Reply reply = http().post("/api/v1/tickets", token, body);
            assertThat(reply.status()).isEqualTo(400);
            assertThat(reply.<List<String>>json("$.errors[*].field")).containsExactly("requesterId");
        }
        assertThat(http().post("/api/v1/tickets", issuer.integration("demo-integration"), VALID_BODY).status())
                .isEqualTo(201);
    }

    @Test
    void aTokenWithoutAnyKnownRoleMayNotOpenTickets() {
        String nobody = issuer.token("someone", List.of("GUEST"), List.of(), null);

        HttpProbe.Reply reply = http().post("/api/v1/tickets", nobody, VALID_BODY);

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstTicket() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "retry-" + UUID.randomUUID());

        HttpProbe.Reply first = http().post("/api/v1/tickets", agent(), VALID_BODY, key);
        HttpProbe.Reply retry = http().post("/api/v1/tickets", agent(), VALID_BODY, key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(200);
        assertThat(retry.<String>json("$.id")).isEqualTo(first.json("$.id"));
        assertThat(retry.<String>json("$.number")).isEqualTo(first.json("$.number"));
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    }

    // repeated: the race between the first request and its retries differs from run to run
    @RepeatedTest(5)
    void concurrentRetriesWithOneIdempotencyKeyOpenOneTicket() throws Exception {
        Map<String, String> key = Map.of("Idempotency-Key", "burst-" + UUID.randomUUID());
        long eventsBefore = storedEvents();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpProbe.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                replies.add(clients.submit(() -> http().post("/api/v1/tickets", agent(), VALID_BODY, key)));
            }
            Set<String> ids = new HashSet<>();
            for (Future<HttpProbe.Reply> reply : replies) {
                assertThat(reply.get().status()).as(reply.get().toString()).isIn(200, 201);
                ids.add(reply.get().json("$.id"));
            }
            assertThat(ids).hasSize(1);
            assertThat(storedEvents()).isEqualTo(eventsBefore + 1);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void anIdempotencyKeyReusedForADifferentRequestIsAConflict() {
        Map<String, String> key = Map.of("Idempotency-Key", "reuse-" + UUID.randomUUID());
        http().post("/api/v1/tickets", agent(), VALID_BODY, key);

        HttpProbe.Reply different = http().post("/api/v1/tickets", agent(),
                VALID_BODY.replace("VPN drops", "Printer jams"), key);

        assertThat(different.status()).isEqualTo(409);
        assertThat(different.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRefusedRequestDoesNotUseUpItsIdempotencyKey() {
        Map<String, String> key = Map.of("Idempotency-Key", "fix-" + UUID.randomUUID());
        String tooManyTags = VALID_BODY.replace("\"tags\":[\"vpn\"]", "\"tags\":[\"a\",\" \"]");

        assertThat(http().post("/api/v1/tickets", agent(), tooManyTags, key).status()).isEqualTo(400);
        assertThat(http().post("/api/v1/tickets", agent(), VALID_BODY, key).status()).isEqualTo(201);
    }

    private long storedEvents() {
        return mongo.getDatabase("ticket-service").getCollection("domainevents").countDocuments();
    }


    private ConsumerRecord<String, byte[]> awaitRecord(String key) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(bootstrapServers, Topics.TICKETS,
                key, found -> !found.isEmpty(), Duration.ofSeconds(20));
        if (records.isEmpty()) {
            throw new AssertionError("No record with key " + key + " on " + Topics.TICKETS);
        }
        return records.get(0);
    }
}
