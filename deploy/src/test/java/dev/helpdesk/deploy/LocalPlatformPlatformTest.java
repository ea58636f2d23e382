package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole platform as a user gets it: every service jar built by the reactor, the real Kafka broker
 * and MongoDB-wire server, on free ports with a fresh data directory, driven through the gateway only.
 */
class LocalPlatformPlatformTest {

    private static final String TICKETS = "/api/v1/tickets";
    private static final String OPEN_VPN_INCIDENT = """
            {"type":"INCIDENT","subject":"VPN drops every 10 minutes",\
            "description":"Since this morning the VPN client disconnects.",\
            "requesterId":"c0000000-0000-4000-8000-000000000001","channel":"PHONE","category":"network",\
            "impact":"HIGH","urgency":"MEDIUM","tags":["vpn"]}""";

    @TempDir
    static Path dataDir;

    private static PlatformSettings settings;
    private static RunningPlatform platform;
    private static List<ProcessHandle> processes;
    private static GatewayClient gateway;

    @BeforeAll
    static void startThePlatform() {
        settings = PlatformSettings.defaults(repositoryRoot())
                .withDataDir(dataDir)
                .withPorts(FreePorts.platformPorts());
        platform = LocalPlatform.start(settings, Progress.to(System.out));
        processes = platform.processes().stream().map(ChildProcess::handle).toList();
        gateway = new GatewayClient(platform.gatewayUrl());
    }

    @AfterAll
    static void stopThePlatform() {
        if (platform != null) {
            platform.close();
            assertThat(processes).as("every child process is gone").noneMatch(ProcessHandle::isAlive);
        }
    }

    @Test
    void anAgentOpensATicketThatIsReadableHasHistoryIsPublishedOnKafkaAndIsCounted() throws Exception {
        String agent = gateway.token("demo-agent");

        HttpResponse<String> opened = gateway.postJson(TICKETS, agent, OPEN_VPN_INCIDENT);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String location = opened.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/api/v1/tickets/[0-9a-f-]{36}");
        String id = location.substring(location.lastIndexOf('/') + 1);
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(opened.headers().firstValue("ETag")).contains("\"1\"");

        HttpResponse<String> read = gateway.get(TICKETS + "/" + id, agent);
        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode ticket = GatewayClient.json(read);
        assertThat(ticket.path("id").asText()).isEqualTo(id);
        String number = ticket.path("number").asText();
        assertThat(number).matches("HD-\\d{6}");
        assertThat(ticket.path("status").asText()).isEqualTo("NEW");
        assertThat(ticket.path("priority").asText()).isEqualTo("P2");
        assertThat(ticket.path("type").asText()).isEqualTo("INCIDENT");
        assertThat(ticket.path("subject").asText()).isEqualTo("VPN drops every 10 minutes");
        assertThat(ticket.path("requesterId").asText()).isEqualTo("c0000000-0000-4000-8000-000000000001");
        assertThat(ticket.path("channel").asText()).isEqualTo("PHONE");
        assertThat(ticket.path("createdAt").asText()).isNotBlank();
        assertThat(ticket.path("version").asLong()).isEqualTo(1);

        HttpResponse<String> history = gateway.get(TICKETS + "/" + id + "/history", agent);
        assertThat(history.statusCode()).as(history.body()).isEqualTo(200);
        JsonNode firstEvent = GatewayClient.json(history).path("items").path(0);
        assertThat(firstEvent.path("type").asText()).isEqualTo("helpdesk.ticket.opened.v1");
        assertThat(firstEvent.path("sequence").asLong()).isEqualTo(1);

        ConsumerRecord<String, String> record = findTicketRecord(id, Duration.ofSeconds(30))
                .orElseThrow(() -> new AssertionError("no record keyed " + id + " on helpdesk.tickets.v1"));
        JsonNode event = GatewayClient.json(record.value());
        assertThat(event.path("specversion").asText()).isEqualTo("1.0");
        assertThat(event.path("type").asText()).isEqualTo("helpdesk.ticket.opened.v1");
        assertThat(event.path("subject").asText()).isEqualTo(id);
        assertThat(event.path("source").asText()).isEqualTo("/helpdesk/ticket-service");
        assertThat(event.path("sequence").asLong()).isEqualTo(1);
        assertThat(event.path("data").path("number").asText()).isEqualTo(number);
        Header contentType = record.headers().lastHeader("content-type");
        if (contentType != null) {
            assertThat(new String(contentType.value(), StandardCharsets.UTF_8)).isEqualTo("application/cloudevents+json");
        }

        String supervisor = gateway.token("demo-supervisor");
        assertThat(summaryCountsTheTicketWithin(supervisor, Duration.ofSeconds(5)))
                .as("the report summary counts the opened P2 ticket as NEW")
                .isTrue();
    }

    /**
     * Issue #4's escalation across services: the escalation service's timers breach a seconds-scale
     * policy, publish the escalation request on helpdesk.sla.v1, and the ticket service carries it out,
     * so the ticket's own history shows it and the ticket sits in the next-level group's queue.
     */
    @Test
    void aBreachedTicketIsEscalatedToTheNextLevelGroupAndItsHistoryShowsIt() throws Exception {
        String admin = gateway.token("demo-admin");
        String agent = gateway.token("demo-agent");
        HttpResponse<String> policy = gateway.postJson("/api/v1/sla/policies", admin, """
                {"id":"platform-test-seconds","name":"Platform test: seconds",
                 "conditions":{"priorities":["P2"],"categories":["platform-sla-test"]},
                 "firstResponse":"PT5S","resolution":"PT10S","calendarId":"24x7"}""");
        assertThat(policy.statusCode()).as(policy.body()).isEqualTo(201);
        HttpResponse<String> opened = gateway.postJson(TICKETS, agent,
                OPEN_VPN_INCIDENT.replace("\"category\":\"network\"", "\"category\":\"platform-sla-test\""));
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        String id = GatewayClient.json(opened).path("id").asText();
        HttpResponse<String> assigned = gateway.postJson(TICKETS + "/" + id + "/assignment", agent,
                "{\"groupId\":\"service-desk-l1\",\"agentId\":\"demo-agent\"}");
        assertThat(assigned.statusCode()).as(assigned.body()).isEqualTo(200);

        JsonNode escalated = awaitHistoryEvent(id, agent, "helpdesk.ticket.escalated.v1", Duration.ofSeconds(30));

        assertThat(escalated.path("actorId").asText()).isEqualTo("escalation-service");
        assertThat(escalated.path("data").path("toGroupId").asText()).isEqualTo("desktop-support-l2");
        assertThat(escalated.path("data").path("supervisorId").asText()).isEqualTo("demo-supervisor");
        assertThat(escalated.path("data").path("requestId").asText()).isEqualTo(id + ":FIRST_RESPONSE:escalation");
        JsonNode ticket = GatewayClient.json(gateway.get(TICKETS + "/" + id, agent));
        assertThat(ticket.path("groupId").asText()).isEqualTo("desktop-support-l2");
        JsonNode sla = GatewayClient.json(gateway.get("/api/v1/sla/tickets/" + id, agent));
        assertThat(sla.path("firstResponse").path("breached").asBoolean()).as(sla.toString()).isTrue();
        JsonNode escalations = GatewayClient.json(gateway.get("/api/v1/escalations?size=200", agent));
        assertThat(escalations.path("items").findValuesAsText("ticketId")).contains(id);
    }

    /** The first event of {@code type} in the ticket's history, waiting for it up to {@code timeout}. */
    private static JsonNode awaitHistoryEvent(String ticketId, String token, String type, Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode history = GatewayClient.json(gateway.get(TICKETS + "/" + ticketId + "/history", token));
            for (JsonNode event : history.path("items")) {
                if (type.equals(event.path("type").asText())) {
                    return event;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + type + " in the history of " + ticketId + " after " + timeout
                        + ": " + history);
            }
            Thread.sleep(250);
        }
    }

    /**
     * Issue #6's e-mail channel across services: a German customer mails the support address; the
     * customer service reads it over IMAP and the ticket service opens an EMAIL incident for them; they
     * hear back in German, with the ticket's number in the subject; their reply to that notification
     * becomes their public comment on the same ticket.
     */
    @Test
    void aCustomersMailOpensATicketTheyHearBackInTheirLanguageAndTheirReplyIsItsComment() throws Exception {
        String jonas = "jonas.becker@example.com";
        String subject = "Drucker im 3. Stock druckt nicht " + UUID.randomUUID().toString().substring(0, 8);
        LocalMailbox.send(settings.ports().smtp(), jonas, MailNode.SUPPORT_ADDRESS, subject,
                "Seit heute früh kommt nichts aus dem Drucker.", null);

        String agent = gateway.token("demo-agent");
        JsonNode ticket = awaitTicket(agent, "?requesterId=c0000000-0000-4000-8000-000000000002&size=50",
                item -> subject.equals(item.path("subject").asText()), Duration.ofSeconds(60));
        assertThat(ticket.path("channel").asText()).isEqualTo("EMAIL");
        assertThat(ticket.path("type").asText()).isEqualTo("INCIDENT");
        String number = ticket.path("number").asText();

        LocalMailbox.Received notice = LocalMailbox.await(settings.ports().imap(), jonas,
                mail -> mail.subject().startsWith("[" + number + "] Ihre Anfrage ist eingegangen"),
                Duration.ofSeconds(60)).orElseThrow(() -> new AssertionError("no German notice of " + number));
        assertThat(notice.messageId()).isNotBlank();

        LocalMailbox.send(settings.ports().smtp(), jonas, MailNode.SUPPORT_ADDRESS, "AW: " + notice.subject(),
                "Es ist der Drucker neben der Küche.", notice.messageId());
        String id = ticket.path("id").asText();
        JsonNode comment = awaitComment(agent, id, "Es ist der Drucker neben der Küche.", Duration.ofSeconds(60));
        assertThat(comment.path("visibility").asText()).isEqualTo("PUBLIC");
        assertThat(comment.path("authorId").asText()).isEqualTo("c0000000-0000-4000-8000-000000000002");
    }

    private static JsonNode awaitTicket(String token, String query, Predicate<JsonNode> wanted,
            Duration within) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            HttpResponse<String> list = gateway.get(TICKETS + query, token);
            assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
            for (JsonNode item : GatewayClient.json(list).path("items")) {
                if (wanted.test(item)) {
                    return item;
                }
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no such ticket within " + within + ": " + query);
    }

    private static JsonNode awaitComment(String token, String ticketId, String body, Duration within)
            throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        do {
            HttpResponse<String> read = gateway.get(TICKETS + "/" + ticketId, token);
            assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
            for (JsonNode comment : GatewayClient.json(read).path("comments")) {
                if (comment.path("body").asText().contains(body)) {
                    return comment;
                }
            }
            Thread.sleep(500);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no comment '" + body + "' on " + ticketId + " within " + within);
    }

    @Test
    void openingATicketWithoutATokenIsUnauthorizedAsProblemJson() throws Exception {
        HttpResponse<String> response = gateway.postJson(TICKETS, null, OPEN_VPN_INCIDENT);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void aMalformedJsonBodyIsABadRequestAsProblemJson() throws Exception {
        HttpResponse<String> response = gateway.postJson(TICKETS, gateway.token("demo-agent"), "{\"type\":\"INCIDENT\",");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    private static Optional<ConsumerRecord<String, String>> findTicketRecord(String ticketId, Duration timeout)
            throws InterruptedException {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, platform.kafkaBootstrapServers(),
                // the ticket service owns the topic's shape: this reader must never create it
                ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config)) {
            long deadline = System.nanoTime() + timeout.toNanos();
            List<TopicPartition> partitions = List.of();
            while (System.nanoTime() < deadline) {
                if (partitions.isEmpty()) {
                    partitions = partitionsOfTicketTopic(consumer);
                    if (partitions.isEmpty()) {
                        Thread.sleep(250); // not created yet
                        continue;
                    }
                    consumer.assign(partitions);
                    consumer.seekToBeginning(partitions);
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (ticketId.equals(record.key())) {
                        return Optional.of(record);
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static List<TopicPartition> partitionsOfTicketTopic(KafkaConsumer<String, String> consumer) {
        try {
            return consumer.partitionsFor("helpdesk.tickets.v1", Duration.ofSeconds(5)).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
        } catch (TimeoutException e) {
            return List.of();
        }
    }

    private static boolean summaryCountsTheTicketWithin(String token, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            HttpResponse<String> response = gateway.get("/api/v1/reports/summary", token);
            if (response.statusCode() == 200) {
                JsonNode summary = GatewayClient.json(response);
                if (summary.path("opened").asLong() >= 1
                        && summary.path("byPriority").path("P2").asLong() >= 1
                        && summary.path("byStatus").path("NEW").asLong() >= 1) {
                    return true;
                }
            }
            if (System.nanoTime() > deadline) {
                System.out.println("last report summary: " + response.statusCode() + " " + response.body());
                return false;
            }
            Thread.sleep(250);
        }
    }

    /**
     * Failsafe runs in the deploy module; the service jars are under its parent. The system property
     * {@code helpdesk.repo-root} points the test at other jars (e.g. a copy, while the reactor rebuilds).
     */
    private static Path repositoryRoot() {
        String explicit = System.getProperty("helpdesk.repo-root");
        if (explicit != null) {
            return Path.of(explicit);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isDirectory(dir.resolve("deploy").resolve("src"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
