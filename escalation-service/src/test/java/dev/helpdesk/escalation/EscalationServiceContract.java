package dev.helpdesk.escalation;

import static dev.helpdesk.escalation.SlaAdminClient.CALENDARS;
import static dev.helpdesk.escalation.SlaAdminClient.POLICIES;
import static dev.helpdesk.escalation.SlaAdminClient.calendar;
import static dev.helpdesk.escalation.SlaAdminClient.policy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.sla.SlaBreached;
import dev.helpdesk.contracts.sla.SlaEscalationRequested;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaWarning;
import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketPriorityChanged;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketResumed;
import dev.helpdesk.escalation.config.SlaDefaults;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import dev.helpdesk.testsupport.TopicProbe;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.context.TestPropertySource;

/**
 * The escalation service's behaviour, whatever MongoDB and Kafka it runs against: SLA policies
 * and calendars over HTTP with real tokens, stored in a real MongoDB-wire server; SLA clocks driven
 * by CloudEvent records produced to the real tickets topic, read over HTTP. The tests share one
 * running service, so each creates definitions and tickets under ids of its own and compares
 * counts only within itself.
 */
@TestPropertySource(properties = "helpdesk.sla.escalation-delay.P5=PT2S")
abstract class EscalationServiceContract extends ServiceEdgeContract {

    static final List<String> DEFAULT_POLICIES = List.of("default-p1", "default-p2", "default-p3", "default-p4",
            "default-p5", "default-p2-vip", "default-p3-vip", "default-p4-vip", "default-p5-vip");
    private static final AtomicInteger IDS = new AtomicInteger();
    static final String SLA_TICKETS = "/api/v1/sla/tickets/";
    private static final Duration CONSUMED_WITHIN = Duration.ofSeconds(30);
    /** A Monday, 09:00 UTC, in the future: nothing has fallen due by the time the status is read. */
    private static final Instant MONDAY = Instant.parse("2031-06-02T09:00:00Z");
    /** A Monday long past: every threshold of a P1 ticket opened then has been reached. */
    private static final Instant PAST_MONDAY = Instant.parse("2026-06-01T09:00:00Z");
    private static final CloudEventCodec SLA_CODEC = new CloudEventCodec();

    @Autowired
    private SlaDefaults defaults;

    @Autowired
    private MongoDatabase escalationDatabase;

    @Autowired
    private MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private TicketsTopic tickets;

    /** The tickets consumer holds its partition before any test produces to it or asks for readiness. */
    @BeforeEach
    void connectToTheTicketsTopicOnceTheConsumerHasJoined() {
        tickets = new TicketsTopic(bootstrapServers);
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(100)).until(() ->
                http().get("/actuator/health/readiness", issuer.admin("an-admin")).status() == 200);
    }

    @AfterEach
    void disconnectFromTheTicketsTopic() {
        tickets.close();
    }

    @Override
    protected String protectedPath() {
        return POLICIES;
    }

    SlaAdminClient sla() {
        return new SlaAdminClient(port);
    }

    String admin() {
        return issuer.admin("demo-admin");
    }

    String agent() {
        return issuer.agent("demo-agent", "service-desk-l1");
    }

    static String freshId(String prefix) {
        return prefix + "-" + IDS.incrementAndGet() + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    // ---- the defaults ----

    @Test
    void theDefaultCalendarsAreSeededUnderFixedIds() {
        HttpProbe.Reply list = ok(sla().get(CALENDARS, agent()));

        assertThat(list.<List<String>>json("$.items[*].id")).contains("24x7", "business-hours");
        assertThat(list.<Integer>json("$.page")).isZero();
        assertThat(list.<Integer>json("$.size")).isEqualTo(50);
        assertThat(list.<Integer>json("$.total")).isGreaterThanOrEqualTo(2);
        HttpProbe.Reply office = ok(sla().get(CALENDARS + "/business-hours", agent()));
        assertThat(office.<String>json("$.zone")).isEqualTo("UTC");
        for (String day : List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY")) {
            assertThat(office.<List<List<String>>>json("$.hours." + day)).containsExactly(List.of("08:00", "18:00"));
        }
        assertThat(office.<List<Object>>json("$.hours.SATURDAY")).isEmpty();
        assertThat(office.<List<Object>>json("$.hours.SUNDAY")).isEmpty();
        assertThat(office.<List<Object>>json("$.holidays")).isEmpty();
        HttpProbe.Reply allDay = ok(sla().get(CALENDARS + "/24x7", agent()));
        assertThat(allDay.<Map<String, List<List<String>>>>json("$.hours").values())
                .hasSize(7).allSatisfy(hours -> assertThat(hours).containsExactly(List.of("00:00", "24:00")));
    }

    @Test
    void theDefaultPoliciesAreSeededWithDesignTargetsInWorkingTime() {
        HttpProbe.Reply list = ok(sla().get(POLICIES, agent()));

        assertThat(list.<List<String>>json("$.items[*].id")).containsAll(DEFAULT_POLICIES);
        HttpProbe.Reply p3 = ok(sla().get(POLICIES + "/default-p3", agent()));
        assertThat(p3.<List<String>>json("$.conditions.priorities")).containsExactly("P3");
        assertThat(p3.<Object>json("$.conditions.vip")).isNull();
        assertThat(p3.<String>json("$.firstResponse")).isEqualTo("PT4H");
        assertThat(p3.<String>json("$.resolution")).as("three working days of ten hours").isEqualTo("PT30H");
        assertThat(p3.<String>json("$.calendarId")).isEqualTo("business-hours");
        assertThat(p3.<List<Double>>json("$.warnAt")).containsExactly(0.75, 0.9);
        HttpProbe.Reply p1 = ok(sla().get(POLICIES + "/default-p1", agent()));
        assertThat(List.of(p1.<String>json("$.firstResponse"), p1.<String>json("$.resolution"),
                p1.<String>json("$.calendarId"))).containsExactly("PT15M", "PT4H", "24x7");
        HttpProbe.Reply p2Vip = ok(sla().get(POLICIES + "/default-p2-vip", agent()));
        assertThat(p2Vip.<List<String>>json("$.conditions.priorities")).containsExactly("P2");
        assertThat(p2Vip.<Boolean>json("$.conditions.vip")).isTrue();
        assertThat(List.of(p2Vip.<String>json("$.firstResponse"), p2Vip.<String>json("$.resolution"),
                p2Vip.<String>json("$.calendarId"))).as("P1's targets").containsExactly("PT15M", "PT4H", "24x7");
        HttpProbe.Reply history = ok(sla().get(POLICIES + "/default-p1/history", agent()));
        assertThat(history.<String>json("$.items[0].changedBy")).isEqualTo("escalation-service");
    }

    @Test
    void seedingAgainNeverDuplicatesNorUndoesAnAdminsChange() {
        HttpProbe.Reply before = ok(sla().get(POLICIES + "/default-p5-vip", agent()));
        HttpProbe.Reply changed = ok(sla().put(POLICIES + "/default-p5-vip", admin(), """
                {"name":"P5 VIP, agreed with sales","conditions":{"priorities":["P5"],"vip":true},
                 "firstResponse":"PT6H","resolution":"PT40H","calendarId":"business-hours"}""",
                before.header("ETag")));
        long policies = total(POLICIES);
        long calendars = total(CALENDARS);

        assertThat(defaults.seed()).isZero();

        HttpProbe.Reply after = ok(sla().get(POLICIES + "/default-p5-vip", agent()));
        assertThat(after.<String>json("$.name")).isEqualTo("P5 VIP, agreed with sales");
        assertThat(after.<String>json("$.firstResponse")).isEqualTo("PT6H");
        assertThat(after.header("ETag")).isEqualTo(changed.header("ETag"));
        assertThat(total(POLICIES)).isEqualTo(policies);
        assertThat(total(CALENDARS)).isEqualTo(calendars);
    }

    // ---- creating, reading and changing ----

    @Test
    void anAdminCreatesReadsAndChangesACalendar() {
        String id = freshId("berlin-office");

        HttpProbe.Reply created = sla().post(CALENDARS, admin(), calendar(id, "Berlin office", "Europe/Berlin",
                "\"2026-12-25\",\"2026-12-24\""));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(CALENDARS + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.<String>json("$.zone")).isEqualTo("Europe/Berlin");
        assertThat(created.<List<List<String>>>json("$.hours.MONDAY"))
                .containsExactly(List.of("08:00", "12:00"), List.of("13:00", "17:00"));
        assertThat(created.<List<List<String>>>json("$.hours.WEDNESDAY")).containsExactly(List.of("00:00", "24:00"));
        assertThat(created.<List<Object>>json("$.hours.TUESDAY")).isEmpty();
        assertThat(created.<List<String>>json("$.holidays")).containsExactly("2026-12-24", "2026-12-25");
        assertThat(created.<Integer>json("$.version")).isEqualTo(1);
        HttpProbe.Reply read = ok(sla().get(CALENDARS + "/" + id, agent()));
        assertThat(read.json().<Map<String, Object>>read("$")).isEqualTo(created.json().<Map<String, Object>>read("$"));
        assertThat(read.header("ETag")).isEqualTo("\"1\"");

        HttpProbe.Reply changed = sla().put(CALENDARS + "/" + id, admin(),
                calendar(null, "Berlin office", "Europe/Berlin", "\"2027-01-01\""), "\"1\"");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.<Integer>json("$.version")).isEqualTo(2);
        assertThat(changed.<List<String>>json("$.holidays")).containsExactly("2027-01-01");
        assertThat(changed.<String>json("$.createdAt")).isEqualTo(created.<String>json("$.createdAt"));
        assertThat(Instant.parse(changed.json("$.updatedAt"))).isAfterOrEqualTo(Instant.parse(created.json("$.createdAt")));
        assertThat(ok(sla().get(CALENDARS + "/" + id, agent())).<List<String>>json("$.holidays"))
                .containsExactly("2027-01-01");
    }

    @Test
    void anAdminCreatesReadsAndChangesAPolicyWithTargetsInSeconds() {
        String calendarId = created(CALENDARS, calendar(freshId("night-shift"), "Night shift", "America/New_York", ""));
        String id = freshId("network-vip");

        HttpProbe.Reply created = sla().post(POLICIES, admin(), policy(id, "Network VIP", "PT5S", "PT30S", calendarId));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(POLICIES + "/" + id);
        assertThat(created.header("ETag")).isEqualTo("\"1\"");
        assertThat(created.<List<String>>json("$.conditions.priorities")).containsExactly("P2");
        assertThat(created.<List<String>>json("$.conditions.categories")).containsExactly("Network");
        assertThat(created.<Object>json("$.conditions.types")).isNull();
        assertThat(created.<Boolean>json("$.conditions.vip")).isTrue();
        assertThat(created.<String>json("$.firstResponse")).isEqualTo("PT5S");
        assertThat(created.<String>json("$.resolution")).isEqualTo("PT30S");
        assertThat(created.<String>json("$.calendarId")).isEqualTo(calendarId);
        assertThat(created.<List<Double>>json("$.warnAt")).containsExactly(0.5, 0.8);
        HttpProbe.Reply read = ok(sla().get(POLICIES + "/" + id, issuer.supervisor("demo-supervisor")));
        assertThat(read.json().<Map<String, Object>>read("$")).isEqualTo(created.json().<Map<String, Object>>read("$"));

        HttpProbe.Reply changed = sla().put(POLICIES + "/" + id, admin(),
                policy(id, "Network VIP", "PT1M", "PT2H", "24x7"), "\"1\"");

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(changed.<String>json("$.resolution")).isEqualTo("PT2H");
        assertThat(changed.<String>json("$.calendarId")).isEqualTo("24x7");
        assertThat(ok(sla().get(POLICIES + "/" + id, agent())).<String>json("$.firstResponse")).isEqualTo("PT1M");
    }

    @Test
    void aDefinitionCreatedWithoutAnIdGetsAUuid() {
        HttpProbe.Reply policy = sla().post(POLICIES, admin(), policy(null, "Unnamed", "PT1H", "PT4H", "24x7"));
        HttpProbe.Reply calendar = sla().post(CALENDARS, admin(), calendar(null, "Unnamed", "UTC", ""));

        for (HttpProbe.Reply created : List.of(policy, calendar)) {
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            String id = created.json("$.id");
            assertThat(UUID.fromString(id).toString()).isEqualTo(id);
            assertThat(created.header("Location")).endsWith("/" + id);
        }
    }

    @Test
    void aPutWithoutIfMatchChangesWhateverIsCurrentAndTheSameContentChangesNothing() {
        String id = freshId("unconditional");
        created(POLICIES, policy(id, "Unconditional", "PT1H", "PT4H", "24x7"));

        HttpProbe.Reply changed = ok(sla().put(POLICIES + "/" + id, admin(),
                policy(null, "Unconditional", "PT2H", "PT4H", "24x7")));
        HttpProbe.Reply again = ok(sla().put(POLICIES + "/" + id, admin(),
                policy(null, "Unconditional", "PT2H", "PT4H", "24x7"), "\"2\""));

        assertThat(changed.header("ETag")).isEqualTo("\"2\"");
        assertThat(again.header("ETag")).isEqualTo("\"2\"");
        assertThat(again.<String>json("$.updatedAt")).isEqualTo(changed.<String>json("$.updatedAt"));
        assertThat(ok(sla().get(POLICIES + "/" + id + "/history", agent())).<List<Integer>>json("$.items[*].version"))
                .containsExactly(1, 2);
    }

    @Test
    void creatingATakenIdIsAConflictThatChangesNothing() {
        String id = freshId("taken");
        created(CALENDARS, calendar(id, "First", "UTC", ""));

        HttpProbe.Reply calendarAgain = sla().post(CALENDARS, admin(), calendar(id, "Second", "UTC", ""));
        HttpProbe.Reply seededPolicyAgain = sla().post(POLICIES, admin(), policy("default-p1", "Mine", "PT1H", "PT4H",
                "24x7"));

        for (HttpProbe.Reply conflict : List.of(calendarAgain, seededPolicyAgain)) {
            assertThat(conflict.status()).as(conflict.toString()).isEqualTo(409);
            assertThat(conflict.contentType()).startsWith("application/problem+json");
            assertThat(conflict.<List<String>>json("$.errors[*].field")).containsExactly("id");
        }
        assertThat(ok(sla().get(CALENDARS + "/" + id, agent())).<String>json("$.name")).isEqualTo("First");
        assertThat(ok(sla().get(POLICIES + "/default-p1", agent())).<String>json("$.firstResponse")).isEqualTo("PT15M");
    }

    // ---- versions and concurrent writers ----

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndChangesNothing() {
        String policyId = freshId("stale");
        created(POLICIES, policy(policyId, "Stale", "PT1H", "PT4H", "24x7"));
        ok(sla().put(POLICIES + "/" + policyId, admin(), policy(null, "Stale", "PT2H", "PT4H", "24x7"), "\"1\""));
        String calendarId = created(CALENDARS, calendar(freshId("stale"), "Stale", "UTC", ""));
        ok(sla().put(CALENDARS + "/" + calendarId, admin(), calendar(null, "Stale", "UTC", "\"2026-05-01\""), "\"1\""));

        HttpProbe.Reply stalePolicy = sla().put(POLICIES + "/" + policyId, admin(),
                policy(null, "Stale", "PT3H", "PT4H", "24x7"), "\"1\"");
        HttpProbe.Reply staleCalendar = sla().put(CALENDARS + "/" + calendarId, admin(),
                calendar(null, "Stale", "Europe/Paris", ""), "W/\"1\"");

        for (HttpProbe.Reply stale : List.of(stalePolicy, staleCalendar)) {
            assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
            assertThat(stale.contentType()).startsWith("application/problem+json");
            assertThat(stale.<Integer>json("$.currentVersion")).isEqualTo(2);
        }
        HttpProbe.Reply policyNow = ok(sla().get(POLICIES + "/" + policyId, agent()));
        assertThat(policyNow.<String>json("$.firstResponse")).isEqualTo("PT2H");
        assertThat(policyNow.header("ETag")).isEqualTo("\"2\"");
        assertThat(ok(sla().get(CALENDARS + "/" + calendarId, agent())).<String>json("$.zone")).isEqualTo("UTC");
        assertThat(ok(sla().get(POLICIES + "/" + policyId + "/history", agent())).<List<Object>>json("$.items"))
                .hasSize(2);
    }

    @Test
    void anIfMatchThatIsNoETagIsABadRequestNamingTheHeader() {
        HttpProbe.Reply reply = sla().put(POLICIES + "/default-p4", admin(),
                policy(null, "Whatever", "PT1H", "PT4H", "24x7"), "version 1");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.<List<String>>json("$.errors[*].field")).containsExactly("If-Match");
        assertThat(ok(sla().get(POLICIES + "/default-p4", agent())).<String>json("$.name")).isEqualTo("P4 (default)");
    }

    @Test
    void ofConcurrentChangesToTheSameVersionExactlyOneWins() throws Exception {
        String policyId = freshId("contested");
        created(POLICIES, policy(policyId, "Contested", "PT1H", "PT4H", "24x7"));
        String calendarId = created(CALENDARS, calendar(freshId("contested"), "Contested", "UTC", ""));
        int writers = 12;

        Map<String, Integer> policyWinners = race(writers, i -> sla().put(POLICIES + "/" + policyId, admin(),
                policy(null, "Writer " + i, "PT1H", "PT4H", "24x7"), "\"1\""));
        Map<String, Integer> calendarWinners = race(writers, i -> sla().put(CALENDARS + "/" + calendarId, admin(),
                calendar(null, "Writer " + i, "UTC", ""), "\"1\""));

        for (Map<String, Integer> winners : List.of(policyWinners, calendarWinners)) {
            assertThat(winners.values()).containsOnly(200, 412).containsOnlyOnce(200);
        }
        assertThat(ok(sla().get(POLICIES + "/" + policyId, agent())).<String>json("$.name"))
                .isEqualTo(winner(policyWinners));
        assertThat(ok(sla().get(CALENDARS + "/" + calendarId, agent())).<String>json("$.name"))
                .isEqualTo(winner(calendarWinners));
        HttpProbe.Reply history = ok(sla().get(POLICIES + "/" + policyId + "/history", agent()));
        assertThat(history.<List<Integer>>json("$.items[*].version")).containsExactly(1, 2);
        assertThat(history.<String>json("$.items[1].after.name")).isEqualTo(winner(policyWinners));
    }

    // ---- bad input ----

    @Test
    void badPolicyInputIsAProblemNamingTheFieldsAndSavesNothing() {
        String target = freshId("untouched");
        created(POLICIES, policy(target, "Untouched", "PT1H", "PT4H", "24x7"));
        long policies = total(POLICIES);
        long changes = escalationDatabase.getCollection("sla_policy_changes").countDocuments();
        Map<String, String> badBodies = new LinkedHashMap<>();
        badBodies.put(policy(null, "Bad", "15 minutes", "PT4H", "24x7"), "firstResponse");
        badBodies.put(policy(null, "Bad", "PT1H", "P1M", "24x7"), "resolution");
        badBodies.put(policy(null, "Bad", "PT0S", "PT4H", "24x7"), "firstResponse");
        badBodies.put(policy(null, "Bad", "PT1H", "-PT4H", "24x7"), "resolution");
        badBodies.put(policy(null, "Bad", "PT5H", "PT4H", "24x7"), "firstResponse");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "no-such-calendar"), "calendarId");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "24x7").replace("[0.5,0.8]", "[0.5,1.5]"), "warnAt[1]");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "24x7").replace("[0.5,0.8]", "[0.9,0.75]"), "warnAt[1]");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "24x7").replace("[0.5,0.8]", "[0]"), "warnAt[0]");
        badBodies.put("""
                {"name":"Bad","firstResponse":"PT1H","resolution":"PT4H","calendarId":"24x7"}""", "conditions");
        badBodies.put("""
                {"name":"Bad","conditions":{},"firstResponse":"PT1H","resolution":"PT4H","calendarId":"24x7"}""",
                "conditions");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "24x7").replace("[\"P2\"]", "[\"P2\",\"P9\"]"),
                "conditions.priorities[1]");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "24x7").replace("\"vip\":true", "\"types\":[\"OUTAGE\"]"),
                "conditions.types[0]");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "24x7").replace("\"vip\":true", "\"vip\":\"sometimes\""),
                "conditions.vip");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "24x7").replace("\"priorities\"", "\"priority\""),
                "conditions.priority");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "24x7").replace("{\"name\"", "{\"colour\":\"red\",\"name\""),
                "colour");
        badBodies.put(policy(null, "Bad", "PT1H", "PT4H", "24x7").replace("{\"name\"", "{\"version\":3,\"name\""),
                "version");
        badBodies.put(policy("Bad Id", "Bad", "PT1H", "PT4H", "24x7"), "id");
        badBodies.put(policy(null, " ", "PT1H", "PT4H", "24x7"), "name");
        badBodies.put("{\"name\":\"Bad\",", "(malformed JSON)");
        badBodies.put("[]", "(not an object)");
        badBodies.put("null", "(no body)");

        badBodies.forEach((body, field) -> {
            assertBadInput(sla().post(POLICIES, admin(), body), body, field);
            assertBadInput(sla().put(POLICIES + "/" + target, admin(), body, "\"1\""), body, field);
        });

        assertThat(total(POLICIES)).isEqualTo(policies);
        assertThat(escalationDatabase.getCollection("sla_policy_changes").countDocuments()).isEqualTo(changes);
        HttpProbe.Reply untouched = ok(sla().get(POLICIES + "/" + target, agent()));
        assertThat(untouched.header("ETag")).isEqualTo("\"1\"");
        assertThat(untouched.<String>json("$.name")).isEqualTo("Untouched");
    }

    @Test
    void badCalendarInputIsAProblemNamingTheFieldsAndSavesNothing() {
        String target = freshId("untouched");
        created(CALENDARS, calendar(target, "Untouched", "UTC", ""));
        long calendars = total(CALENDARS);
        long changes = escalationDatabase.getCollection("sla_calendar_changes").countDocuments();
        String good = calendar(null, "Bad", "UTC", "");
        Map<String, String> badBodies = new LinkedHashMap<>();
        badBodies.put(calendar(null, "Bad", "Mars/Olympus_Mons", ""), "zone");
        badBodies.put(good.replace("[[\"08:00\",\"12:00\"],[\"13:00\",\"17:00\"]]",
                "[[\"08:00\",\"12:00\"],[\"11:00\",\"17:00\"]]"), "hours.MONDAY");
        badBodies.put(good.replace("[[\"00:00\",\"24:00\"]]", "[[\"08:00\",\"25:00\"]]"), "hours.WEDNESDAY[0]");
        badBodies.put(good.replace("\"13:00\",\"17:00\"", "\"17:00\",\"13:00\""), "hours.MONDAY[1]");
        badBodies.put(good.replace("\"WEDNESDAY\"", "\"FUNDAY\""), "hours.FUNDAY");
        badBodies.put(calendar(null, "Bad", "UTC", "\"2026-02-30\""), "holidays[0]");
        badBodies.put("""
                {"name":"Bad","zone":"UTC","hours":{"SUNDAY":[]}}""", "hours");
        badBodies.put("""
                {"name":"Bad","zone":"UTC"}""", "hours");
        badBodies.put(good.replace("{\"name\"", "{\"timezone\":\"UTC\",\"name\""), "timezone");
        badBodies.put(good.replace("\"hours\":{", "\"hours\":{\"FRIDAY\":\"08:00-18:00\","), "hours.FRIDAY");
        badBodies.put("{\"name\":", "(malformed JSON)");

        badBodies.forEach((body, field) -> {
            assertBadInput(sla().post(CALENDARS, admin(), body), body, field);
            assertBadInput(sla().put(CALENDARS + "/" + target, admin(), body, "\"1\""), body, field);
        });

        assertThat(total(CALENDARS)).isEqualTo(calendars);
        assertThat(escalationDatabase.getCollection("sla_calendar_changes").countDocuments()).isEqualTo(changes);
        assertThat(ok(sla().get(CALENDARS + "/" + target, agent())).header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void aPutWhoseBodyNamesAnotherIdIsRejected() {
        HttpProbe.Reply reply = sla().put(POLICIES + "/default-p4", admin(),
                policy("default-p5", "Moved", "PT1H", "PT4H", "24x7"), null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.<List<String>>json("$.errors[*].field")).containsExactly("id");
    }

    @Test
    void badPagingIsAProblemNamingTheParameter() {
        HttpProbe.Reply reply = sla().get(POLICIES + "?page=-1&size=1000", agent());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.<List<String>>json("$.errors[*].field")).containsExactly("page", "size");
        HttpProbe.Reply second = ok(sla().get(POLICIES + "?page=1&size=2", agent()));
        assertThat(second.<List<Object>>json("$.items")).hasSize(2);
        assertThat(second.<Integer>json("$.page")).isEqualTo(1);
        assertThat(second.<Integer>json("$.size")).isEqualTo(2);
    }

    // ---- who may do what ----

    @Test
    void staffReadPoliciesAndCalendarsWhileCustomersAndIntegrationsMayNot() {
        List<String> paths = List.of(POLICIES, POLICIES + "/default-p1", POLICIES + "/default-p1/history", CALENDARS,
                CALENDARS + "/24x7", CALENDARS + "/24x7/history", POLICIES + "/no-such-policy");
        for (String reader : List.of(agent(), issuer.supervisor("demo-supervisor"), admin())) {
            for (String path : paths.subList(0, 6)) {
                assertThat(sla().get(path, reader).status()).as(path).isEqualTo(200);
            }
        }
        for (String outsider : List.of(issuer.customer("demo-customer", "c0000000-0000-4000-8000-000000000001"),
                issuer.integration("demo-integration"), issuer.token("nobody", List.of(), List.of(), null))) {
            for (String path : paths) {
                assertForbidden(sla().get(path, outsider), path);
            }
        }
        for (String path : paths) {
            HttpProbe.Reply anonymous = sla().get(path, null);
            assertThat(anonymous.status()).as(path).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void onlyAnAdminChangesPoliciesAndCalendarsWhateverTheBody() {
        long policies = total(POLICIES);
        long calendars = total(CALENDARS);
        String sneaky = freshId("sneaky");
        for (String notAdmin : List.of(agent(), issuer.supervisor("demo-supervisor"),
                issuer.customer("demo-customer", "c0000000-0000-4000-8000-000000000001"),
                issuer.integration("demo-integration"))) {
            assertForbidden(sla().post(POLICIES, notAdmin, policy(sneaky, "Sneaky", "PT1H", "PT4H", "24x7")), POLICIES);
            assertForbidden(sla().post(CALENDARS, notAdmin, calendar(sneaky, "Sneaky", "UTC", "")), CALENDARS);
            assertForbidden(sla().post(POLICIES, notAdmin, "{\"bad\":"), POLICIES);
            assertForbidden(sla().put(POLICIES + "/default-p1", notAdmin,
                    policy(null, "Sneaky", "PT1H", "PT4H", "24x7"), "\"1\""), POLICIES);
            assertForbidden(sla().put(CALENDARS + "/24x7", notAdmin, calendar(null, "Sneaky", "UTC", "")), CALENDARS);
        }
        for (HttpProbe.Reply anonymous : List.of(
                sla().post(POLICIES, null, policy(sneaky, "Sneaky", "PT1H", "PT4H", "24x7")),
                sla().put(CALENDARS + "/24x7", null, calendar(null, "Sneaky", "UTC", "")))) {
            assertThat(anonymous.status()).isEqualTo(401);
            assertThat(anonymous.contentType()).startsWith("application/problem+json");
        }
        assertThat(total(POLICIES)).isEqualTo(policies);
        assertThat(total(CALENDARS)).isEqualTo(calendars);
        assertThat(ok(sla().get(POLICIES + "/default-p1", agent())).<String>json("$.name")).isEqualTo("P1 (default)");
        assertThat(ok(sla().get(CALENDARS + "/24x7", agent())).<String>json("$.name"))
                .isEqualTo("Around the clock (24x7)");
    }

    @Test
    void anUnknownIdIsNotFound() {
        List<HttpProbe.Reply> replies = List.of(
                sla().get(POLICIES + "/no-such-policy", agent()),
                sla().get(POLICIES + "/no-such-policy/history", agent()),
                sla().get(CALENDARS + "/no-such-calendar", agent()),
                sla().get(CALENDARS + "/no-such-calendar/history", agent()),
                sla().get(CALENDARS + "/Not%20An%20Id", agent()),
                sla().put(POLICIES + "/no-such-policy", admin(), policy(null, "New", "PT1H", "PT4H", "24x7"), null),
                sla().put(CALENDARS + "/no-such-calendar", admin(), calendar(null, "New", "UTC", ""), "\"1\""));

        for (HttpProbe.Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(sla().get(POLICIES + "/no-such-policy", agent()).status()).as("PUT creates nothing").isEqualTo(404);
    }

    // ---- history ----

    @Test
    void theHistoryListsEveryChangeWithWhoWhenAndWhatBeforeAndAfter() {
        String policyId = freshId("audited");
        HttpProbe.Reply created = sla().post(POLICIES, issuer.admin("alice"),
                policy(policyId, "Audited", "PT1H", "PT4H", "24x7"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        ok(sla().put(POLICIES + "/" + policyId, issuer.admin("bob"), policy(null, "Audited", "PT2H", "PT4H", "24x7"),
                "\"1\""));
        ok(sla().put(POLICIES + "/" + policyId, issuer.admin("carol"),
                policy(null, "Audited twice", "PT2H", "PT8H", "business-hours"), "\"2\""));

        HttpProbe.Reply history = ok(sla().get(POLICIES + "/" + policyId + "/history", agent()));

        assertThat(history.<String>json("$.policyId")).isEqualTo(policyId);
        assertThat(history.<List<Integer>>json("$.items[*].version")).containsExactly(1, 2, 3);
        assertThat(history.<List<String>>json("$.items[*].change")).containsExactly("CREATED", "UPDATED", "UPDATED");
        assertThat(history.<List<String>>json("$.items[*].changedBy")).containsExactly("alice", "bob", "carol");
        List<Instant> times = history.<List<String>>json("$.items[*].changedAt").stream().map(Instant::parse).toList();
        assertThat(times).isSorted();
        assertThat(times.get(0)).isEqualTo(Instant.parse(created.json("$.createdAt")));
        assertThat(history.<Object>json("$.items[0].before")).isNull();
        assertThat(history.<String>json("$.items[0].after.firstResponse")).isEqualTo("PT1H");
        assertThat(history.<String>json("$.items[1].before.firstResponse")).isEqualTo("PT1H");
        assertThat(history.<String>json("$.items[1].after.firstResponse")).isEqualTo("PT2H");
        assertThat(history.<String>json("$.items[2].before.name")).isEqualTo("Audited");
        assertThat(history.<String>json("$.items[2].after.name")).isEqualTo("Audited twice");
        assertThat(history.<String>json("$.items[2].after.calendarId")).isEqualTo("business-hours");
        assertThat(history.<Integer>json("$.items[2].after.version")).isEqualTo(3);

        String calendarId = created(CALENDARS, calendar(freshId("audited"), "Audited", "UTC", ""));
        ok(sla().put(CALENDARS + "/" + calendarId, issuer.admin("dave"), calendar(null, "Audited", "Asia/Tokyo", ""),
                "\"1\""));
        HttpProbe.Reply calendarHistory = ok(sla().get(CALENDARS + "/" + calendarId + "/history", agent()));
        assertThat(calendarHistory.<String>json("$.calendarId")).isEqualTo(calendarId);
        assertThat(calendarHistory.<List<String>>json("$.items[*].changedBy")).containsExactly("demo-admin", "dave");
        assertThat(calendarHistory.<List<String>>json("$.items[*].after.zone")).containsExactly("UTC", "Asia/Tokyo");
    }

    @Test
    void aHistoryRecordLostToACrashIsWrittenByTheNextReaderOrWriter() {
        String policyId = freshId("crashed");
        created(POLICIES, policy(policyId, "Crashed", "PT1H", "PT4H", "24x7"));
        ok(sla().put(POLICIES + "/" + policyId, admin(), policy(null, "Crashed", "PT2H", "PT4H", "24x7"), "\"1\""));
        // as if the service had died between storing version 2 and recording it
        escalationDatabase.getCollection("sla_policy_changes")
                .deleteOne(new org.bson.Document("_id", policyId + "@2"));

        ok(sla().put(POLICIES + "/" + policyId, admin(), policy(null, "Crashed", "PT3H", "PT4H", "24x7"), "\"2\""));

        HttpProbe.Reply history = ok(sla().get(POLICIES + "/" + policyId + "/history", agent()));
        assertThat(history.<List<Integer>>json("$.items[*].version")).containsExactly(1, 2, 3);
        assertThat(history.<List<String>>json("$.items[*].after.firstResponse")).containsExactly("PT1H", "PT2H", "PT3H");
    }

    // ---- helpers ----

    // ---- SLA clocks driven by the ticket events ----

    @Test
    void aP1TicketOpenedGetsTheP1TargetsOnTheAroundTheClockCalendar() {
        TicketsTopic.Story ticket = tickets.newTicket().opened("P1", MONDAY);

        HttpProbe.Reply status = awaitStatus(ticket);

        assertThat(status.<String>json("$.ticketId")).isEqualTo(ticket.ticketId());
        assertThat(status.<String>json("$.policyId")).isEqualTo("default-p1");
        assertThat(status.<String>json("$.calendarId")).isEqualTo("24x7");
        assertThat(status.<String>json("$.resolution.target")).isEqualTo("PT4H");
        assertThat(status.<String>json("$.resolution.dueAt")).isEqualTo(at(MONDAY, "PT4H").toString());
        assertThat(status.<String>json("$.resolution.elapsed")).isEqualTo("PT0S");
        assertThat(status.<String>json("$.resolution.remaining")).isEqualTo("PT4H");
        assertThat(status.<Boolean>json("$.resolution.paused")).isFalse();
        assertThat(status.<Object>json("$.resolution.met")).isNull();
        assertThat(status.<Boolean>json("$.resolution.breached")).isFalse();
        assertThat(status.<List<Object>>json("$.resolution.warnings")).isEmpty();
        assertThat(status.<String>json("$.firstResponse.target")).isEqualTo("PT15M");
        assertThat(status.<String>json("$.firstResponse.dueAt")).isEqualTo(at(MONDAY, "PT15M").toString());
        assertThat(status.<String>json("$.nextDue")).as("75 % of the first response")
                .isEqualTo(at(MONDAY, "PT11M15S").toString());
        Document stored = escalationDatabase.getCollection("sla_clocks")
                .find(Filters.eq("_id", ticket.ticketId())).first();
        assertThat(stored.getDate("nextDue").toInstant()).isEqualTo(at(MONDAY, "PT11M15S"));
        assertThat(stored.get("calendar", Document.class).getString("zone")).isEqualTo("UTC");
    }

    @Test
    void theFirstPublicReplyOfAnAgentStopsTheFirstResponseAsMet() {
        TicketsTopic.Story ticket = tickets.newTicket().opened("P1", MONDAY)
                .then(TicketEventTypes.COMMENT_ADDED, at(MONDAY, "PT2M"), (id, t) -> comment(id, "AGENT", "INTERNAL", t))
                .then(TicketEventTypes.COMMENT_ADDED, at(MONDAY, "PT3M"), (id, t) -> comment(id, "CUSTOMER", "PUBLIC", t))
                .then(TicketEventTypes.ASSIGNED, at(MONDAY, "PT4M"), (id, t) -> new TicketAssigned(id, "ASSIGNED",
                        "service-desk-l1", "agent-anna", "demo-supervisor", t))
                .then(TicketEventTypes.COMMENT_ADDED, at(MONDAY, "PT5M"), (id, t) -> comment(id, "AGENT", "PUBLIC", t))
                .then(TicketEventTypes.COMMENT_ADDED, at(MONDAY, "PT9M"), (id, t) -> comment(id, "AGENT", "PUBLIC", t));

        // An internal note (2 min) or the customer's reply (3 min) would have stopped it earlier; a
        // second agent reply (9 min) changes nothing.
        HttpProbe.Reply status = awaitStatus(ticket);
        assertThat(status.<Boolean>json("$.firstResponse.met")).isTrue();
        assertThat(status.<Boolean>json("$.firstResponse.stopped")).isTrue();
        assertThat(status.<String>json("$.firstResponse.elapsed")).isEqualTo("PT5M");
        assertThat(status.<String>json("$.firstResponse.remaining")).isEqualTo("PT10M");
        assertThat(status.<Object>json("$.firstResponse.dueAt")).isNull();
        assertThat(status.<Object>json("$.resolution.met")).isNull();
        assertThat(status.<String>json("$.resolution.dueAt")).isEqualTo(at(MONDAY, "PT4H").toString());
    }

    @Test
    void anHourPendingMovesTheDueInstantsByAnHour() {
        TicketsTopic.Story ticket = tickets.newTicket().opened("P1", MONDAY)
                .then(TicketEventTypes.PENDED, at(MONDAY, "PT10M"),
                        (id, t) -> new TicketPended(id, "PENDING", "waiting for the requester", "agent-anna", t));
        HttpProbe.Reply paused = awaitStatus(ticket);
        assertThat(paused.<Boolean>json("$.paused")).isTrue();
        assertThat(paused.<Boolean>json("$.resolution.paused")).isTrue();
        assertThat(paused.<Object>json("$.resolution.dueAt")).isNull();
        assertThat(paused.<Object>json("$.nextDue")).isNull();

        ticket.then(TicketEventTypes.RESUMED, at(MONDAY, "PT1H10M"),
                (id, t) -> new TicketResumed(id, "IN_PROGRESS", "the requester replied", null, t));

        HttpProbe.Reply resumed = awaitStatus(ticket);
        assertThat(resumed.<Boolean>json("$.resolution.paused")).isFalse();
        assertThat(resumed.<String>json("$.resolution.dueAt")).isEqualTo(at(MONDAY, "PT5H").toString());
        assertThat(resumed.<String>json("$.resolution.elapsed")).isEqualTo("PT10M");
        assertThat(resumed.<String>json("$.firstResponse.dueAt")).isEqualTo(at(MONDAY, "PT1H15M").toString());
    }

    @Test
    void aPriorityChangeFromP3ToP1RetargetsKeepingTheTimeAlreadyCounted() {
        TicketsTopic.Story ticket = tickets.newTicket().opened("P3", MONDAY);
        HttpProbe.Reply p3 = awaitStatus(ticket);
        assertThat(p3.<String>json("$.policyId")).isEqualTo("default-p3");
        assertThat(p3.<String>json("$.resolution.target")).isEqualTo("PT30H");
        assertThat(p3.<String>json("$.calendarId")).isEqualTo("business-hours");

        ticket.then(TicketEventTypes.PRIORITY_CHANGED, at(MONDAY, "PT30M"),
                (id, t) -> new TicketPriorityChanged(id, "NEW", "HIGH", "HIGH", "P1", "demo-supervisor", t));

        HttpProbe.Reply p1 = awaitStatus(ticket);
        assertThat(p1.<String>json("$.policyId")).isEqualTo("default-p1");
        assertThat(p1.<String>json("$.calendarId")).isEqualTo("24x7");
        assertThat(p1.<String>json("$.priority")).isEqualTo("P1");
        assertThat(p1.<String>json("$.resolution.target")).isEqualTo("PT4H");
        assertThat(p1.<String>json("$.resolution.elapsed")).isEqualTo("PT30M");
        assertThat(p1.<String>json("$.resolution.dueAt")).isEqualTo(at(MONDAY, "PT4H").toString());
        assertThat(p1.<String>json("$.firstResponse.dueAt")).isEqualTo(at(MONDAY, "PT30M").toString());
    }

    @Test
    void aTicketOpenedLongAgoShowsItsWarningsItsBreachAndHowLateItIs() {
        TicketsTopic.Story ticket = tickets.newTicket().opened("P1", PAST_MONDAY)
                .then(TicketEventTypes.RESOLVED, at(PAST_MONDAY, "PT5H"), (id, t) -> new TicketResolved(id,
                        "RESOLVED", "FIXED", "Replaced the switch", null, "agent-anna", t));

        HttpProbe.Reply status = awaitStatus(ticket);

        assertThat(status.<Boolean>json("$.resolution.breached")).isTrue();
        assertThat(status.<Boolean>json("$.resolution.met")).isFalse();
        assertThat(status.<String>json("$.resolution.breachedAt")).isEqualTo(at(PAST_MONDAY, "PT4H").toString());
        assertThat(status.<List<Double>>json("$.resolution.warnings[*].threshold")).containsExactly(0.75, 0.9);
        assertThat(status.<List<String>>json("$.resolution.warnings[*].at"))
                .containsExactly(at(PAST_MONDAY, "PT3H").toString(), at(PAST_MONDAY, "PT3H36M").toString());
        assertThat(status.<String>json("$.resolution.elapsed")).isEqualTo("PT5H");
        assertThat(status.<String>json("$.resolution.remaining")).isEqualTo("-PT1H");
        assertThat(status.<Boolean>json("$.firstResponse.breached")).isTrue();
    }

    // ---- the timers ----

    @Test
    void underASecondsPolicyTheTimersRecordTheWarningsAndBreachesWithinTwoSecondsOfTheirDueInstants() {
        String category = freshId("timers");
        created(POLICIES, """
                {"id":"%s","name":"Seconds","conditions":{"priorities":["P4"],"categories":["%s"]},
                 "firstResponse":"PT2S","resolution":"PT4S","calendarId":"24x7","warnAt":[0.5]}"""
                .formatted(freshId("seconds"), category));
        double breachesBefore = timersFired("resolution", "breach");
        // a little ahead, so the clock is stored before its first threshold falls due
        Instant openedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3);

        TicketsTopic.Story ticket = tickets.newTicket().opened("P4", category, openedAt);

        // When each threshold first shows in the stored clock (the status alone would not tell: it
        // counts whatever is due at the moment of the request as reached).
        Map<String, Instant> firstSeen = new LinkedHashMap<>();
        Map<String, String> recordedAt = new LinkedHashMap<>();
        Instant[] stored = new Instant[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
            Document clock = escalationDatabase.getCollection("sla_clocks")
                    .find(Filters.eq("_id", ticket.ticketId())).first();
            Instant seen = Instant.now();
            if (clock == null) {
                return false;
            }
            if (stored[0] == null) {
                stored[0] = seen;
            }
            Document state = clock.get("clock", Document.class);
            for (String target : List.of("firstResponse", "resolution")) {
                for (Document reached : state.get(target, Document.class).getList("reached", Document.class)) {
                    String key = target + " " + reached.getString("threshold");
                    firstSeen.putIfAbsent(key, seen);
                    recordedAt.putIfAbsent(key, reached.getString("at"));
                }
            }
            return firstSeen.size() == 4;
        });

        Map<String, Instant> due = new LinkedHashMap<>();
        due.put("firstResponse 0.5", openedAt.plusSeconds(1));
        due.put("firstResponse 1", openedAt.plusSeconds(2));
        due.put("resolution 0.5", openedAt.plusSeconds(2));
        due.put("resolution 1", openedAt.plusSeconds(4));
        assertThat(recordedAt.keySet()).containsExactlyInAnyOrderElementsOf(due.keySet());
        due.forEach((threshold, dueAt) -> {
            assertThat(recordedAt.get(threshold)).as(threshold).isEqualTo(dueAt.toString());
            // within 2 s of the due instant, or of the clock's existence had the consumer been slower
            Instant latest = (dueAt.isAfter(stored[0]) ? dueAt : stored[0]).plusSeconds(2);
            assertThat(firstSeen.get(threshold)).as(threshold + " recorded by " + latest).isBeforeOrEqualTo(latest);
        });
        // queued for publishing and published (the publishing test below looks at what was sent)
        await().atMost(CONSUMED_WITHIN).until(() -> escalationDatabase.getCollection("sla_clocks")
                .find(Filters.eq("_id", ticket.ticketId())).first().getList("unpublished", Document.class).isEmpty());
        HttpProbe.Reply status = awaitStatus(ticket);
        assertThat(status.<List<String>>json("$.firstResponse.warnings[*].at"))
                .containsExactly(openedAt.plusSeconds(1).toString());
        assertThat(status.<Boolean>json("$.firstResponse.breached")).isTrue();
        assertThat(status.<String>json("$.firstResponse.breachedAt")).isEqualTo(openedAt.plusSeconds(2).toString());
        assertThat(status.<List<String>>json("$.resolution.warnings[*].at"))
                .containsExactly(openedAt.plusSeconds(2).toString());
        assertThat(status.<Boolean>json("$.resolution.breached")).isTrue();
        assertThat(status.<String>json("$.resolution.breachedAt")).isEqualTo(openedAt.plusSeconds(4).toString());
        assertThat(status.<Object>json("$.nextDue")).isNull();
        assertThat(timersFired("resolution", "breach")).isGreaterThanOrEqualTo(breachesBefore + 1);
        assertThat(http().get("/actuator/prometheus", null).body()).contains("helpdesk_escalation_timers_fired_total{",
                "target=\"first-response\"", "target=\"resolution\"", "outcome=\"warning\"", "outcome=\"breach\"");
    }

    // ---- publishing ----

    @Test
    void underASecondsPolicyEveryWarningBreachAndEscalationIsPublishedOnceWithinTwoSecondsOfItsDueInstant() {
        String category = freshId("publishing");
        String policyId = freshId("five-seconds");
        created(POLICIES, """
                {"id":"%s","name":"Five seconds","conditions":{"priorities":["P4"],"categories":["%s"]},
                 "firstResponse":"PT5S","resolution":"PT5S","calendarId":"24x7","warnAt":[0.75,0.9]}"""
                .formatted(policyId, category));
        // a little ahead, so the clock is stored before its first threshold falls due
        Instant openedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS).plusSeconds(3);
        Instant[] stored = new Instant[1];
        List<SlaTopic.Arrival> arrived;
        TicketsTopic.Story ticket;
        try (SlaTopic sla = new SlaTopic(bootstrapServers)) {
            ticket = tickets.newTicket().opened("P4", category, openedAt);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(20)).until(() -> {
                if (stored[0] == null && escalationDatabase.getCollection("sla_clocks")
                        .find(Filters.eq("_id", ticket.ticketId())).first() != null) {
                    stored[0] = Instant.now();
                }
                return sla.keyed(ticket.ticketId()).size() >= 8;
            });
            arrived = sla.keyed(ticket.ticketId());
        }

        // both targets are PT5S: at each instant the first response's threshold comes first, and each
        // breach is followed by its escalation (the default rule: functional and hierarchical)
        String id = ticket.ticketId();
        assertThat(arrived).hasSize(8);
        List<String> expectedIds = List.of(id + ":FIRST_RESPONSE:0.75", id + ":RESOLUTION:0.75",
                id + ":FIRST_RESPONSE:0.9", id + ":RESOLUTION:0.9", id + ":FIRST_RESPONSE:1.0",
                id + ":FIRST_RESPONSE:escalation", id + ":RESOLUTION:1.0", id + ":RESOLUTION:escalation");
        List<String> types = List.of(SlaEventTypes.WARNING, SlaEventTypes.WARNING, SlaEventTypes.WARNING,
                SlaEventTypes.WARNING, SlaEventTypes.BREACHED, SlaEventTypes.ESCALATION_REQUESTED,
                SlaEventTypes.BREACHED, SlaEventTypes.ESCALATION_REQUESTED);
        List<Instant> due = List.of(openedAt.plusMillis(3750), openedAt.plusMillis(3750), openedAt.plusMillis(4500),
                openedAt.plusMillis(4500), openedAt.plusSeconds(5), openedAt.plusSeconds(5), openedAt.plusSeconds(5),
                openedAt.plusSeconds(5));
        for (int i = 0; i < arrived.size(); i++) {
            CloudEvent event = SLA_CODEC.decode(arrived.get(i).record().value());
            assertThat(event.getId()).isEqualTo(expectedIds.get(i));
            assertThat(arrived.get(i).record().key()).isEqualTo(id);
            assertThat(event.getSubject()).isEqualTo(id);
            assertThat(event.getSource()).hasToString(Sources.ESCALATION_SERVICE);
            assertThat(event.getType()).isEqualTo(types.get(i));
            assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(i + 1);
            assertThat(event.getTime().toInstant()).isEqualTo(due.get(i));
            // within 2 s of the due instant, or of the clock's existence had the consumer been slower
            Instant latest = (due.get(i).isAfter(stored[0]) ? due.get(i) : stored[0]).plusSeconds(2);
            assertThat(arrived.get(i).arrivedAt()).as(expectedIds.get(i) + " published by " + latest)
                    .isBeforeOrEqualTo(latest);
        }
        assertThat(SLA_CODEC.dataOf(SLA_CODEC.decode(arrived.get(0).record().value()), SlaWarning.class))
                .isEqualTo(new SlaWarning(id, "FIRST_RESPONSE", 0.75, openedAt.plusMillis(3750), openedAt.plusSeconds(5),
                        "PT1.25S", policyId, "P4"));
        assertThat(SLA_CODEC.dataOf(SLA_CODEC.decode(arrived.get(3).record().value()), SlaWarning.class))
                .isEqualTo(new SlaWarning(id, "RESOLUTION", 0.9, openedAt.plusMillis(4500), openedAt.plusSeconds(5),
                        "PT0.5S", policyId, "P4"));
        assertThat(SLA_CODEC.dataOf(SLA_CODEC.decode(arrived.get(6).record().value()), SlaBreached.class))
                .isEqualTo(new SlaBreached(id, "RESOLUTION", 1.0, openedAt.plusSeconds(5), openedAt.plusSeconds(5),
                        policyId, "P4"));
        assertThat(SLA_CODEC.dataOf(SLA_CODEC.decode(arrived.get(7).record().value()), SlaEscalationRequested.class))
                .isEqualTo(new SlaEscalationRequested(id, "RESOLUTION", List.of("FUNCTIONAL", "HIERARCHICAL"),
                        "SLA breached: the resolution target was due at " + openedAt.plusSeconds(5),
                        openedAt.plusSeconds(5), openedAt.plusSeconds(5), policyId, "P4"));

        // each exactly once, and nothing left queued
        await().atMost(CONSUMED_WITHIN).until(() -> {
            Document clock = escalationDatabase.getCollection("sla_clocks").find(Filters.eq("_id", id)).first();
            return clock.getList("unpublished", Document.class).isEmpty() && !clock.getBoolean("publishPending");
        });
        try (TopicProbe probe = new TopicProbe(bootstrapServers)) {
            assertThat(probe.everythingOn(Topics.SLA)).filteredOn(record -> Arrays.equals(record.key(),
                            id.getBytes(StandardCharsets.UTF_8)))
                    .extracting(record -> SLA_CODEC.decode(record.value()).getId())
                    .containsExactlyElementsOf(expectedIds);
        }
        assertThat(http().get("/actuator/prometheus", null).body()).contains("helpdesk_escalation_sla_published_total{",
                "type=\"helpdesk.sla.warning.v1\"", "type=\"helpdesk.sla.breached.v1\"",
                "type=\"helpdesk.sla.escalation-requested.v1\"",
                "helpdesk_events_publish_lag_seconds_count{", "topic=\"helpdesk.sla.v1\"");
    }

    @Test
    void aBreachOfAPriorityWithAnEscalationDelayIsEscalatedOnceTheDelayIsOver() {
        String category = freshId("delayed");
        String policyId = freshId("one-second");
        created(POLICIES, """
                {"id":"%s","name":"One second","conditions":{"priorities":["P5"],"categories":["%s"]},
                 "firstResponse":"PT1S","resolution":"PT1H","calendarId":"24x7","warnAt":[]}"""
                .formatted(policyId, category));
        Instant openedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant breachedAt = openedAt.plusSeconds(1);
        Instant requestedAt = breachedAt.plusSeconds(2); // helpdesk.sla.escalation-delay.P5
        List<SlaTopic.Arrival> arrived;
        TicketsTopic.Story ticket;
        try (SlaTopic sla = new SlaTopic(bootstrapServers)) {
            ticket = tickets.newTicket().opened("P5", category, openedAt);
            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(() -> sla.keyed(ticket.ticketId()).size() >= 2);
            arrived = sla.keyed(ticket.ticketId());
        }

        String id = ticket.ticketId();
        assertThat(arrived).extracting(arrival -> SLA_CODEC.decode(arrival.record().value()).getId())
                .containsExactly(id + ":FIRST_RESPONSE:1.0", id + ":FIRST_RESPONSE:escalation");
        CloudEvent escalation = SLA_CODEC.decode(arrived.get(1).record().value());
        assertThat(escalation.getTime().toInstant()).isEqualTo(requestedAt);
        assertThat(CloudEventCodec.sequenceOf(escalation)).isEqualTo(2);
        assertThat(SLA_CODEC.dataOf(escalation, SlaEscalationRequested.class)).isEqualTo(new SlaEscalationRequested(
                id, "FIRST_RESPONSE", List.of("FUNCTIONAL", "HIERARCHICAL"),
                "SLA breached: the first-response target was due at " + breachedAt, breachedAt, requestedAt, policyId,
                "P5"));
        assertThat(arrived.get(1).arrivedAt()).isAfterOrEqualTo(requestedAt)
                .isBeforeOrEqualTo(requestedAt.plusSeconds(2));
        await().atMost(CONSUMED_WITHIN).until(() -> escalatedTargets(id).size() == 1);
        HttpProbe.Reply listed = ok(sla().get("/api/v1/escalations?size=200", agent()));
        String entry = "$.items[?(@.ticketId == '" + id + "')]";
        assertThat(listed.<List<String>>json(entry + ".escalatedAt")).containsExactly(requestedAt.toString());
        assertThat(listed.<List<String>>json(entry + ".escalations[0].at")).containsExactly(breachedAt.toString());
        assertThat(listed.<List<String>>json(entry + ".escalations[0].requestedAt"))
                .containsExactly(requestedAt.toString());
    }

    // ---- policy and calendar changes ----

    @Test
    void anEditedPolicyIsTakenOverByTheOpenClocksUnderItWithinSeconds() {
        String category = freshId("edited");
        String policyId = freshId("edited");
        created(POLICIES, """
                {"id":"%s","name":"Before","conditions":{"priorities":["P3"],"categories":["%s"]},
                 "firstResponse":"PT2H","resolution":"PT8H","calendarId":"24x7"}""".formatted(policyId, category));
        Instant openedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TicketsTopic.Story ticket = tickets.newTicket().opened("P3", category, openedAt);
        assertThat(awaitStatus(ticket).<String>json("$.firstResponse.dueAt"))
                .isEqualTo(openedAt.plus(Duration.ofHours(2)).toString());

        ok(sla().put(POLICIES + "/" + policyId, admin(), """
                {"name":"After","conditions":{"priorities":["P3"],"categories":["%s"]},
                 "firstResponse":"PT30M","resolution":"PT4H","calendarId":"24x7"}""".formatted(category), "\"1\""));

        // the elapsed time is kept: the new due instants count from the opening
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() ->
                openedAt.plus(Duration.ofMinutes(30)).toString().equals(
                        ok(sla().get(SLA_TICKETS + ticket.ticketId(), agent())).json("$.firstResponse.dueAt")));
        HttpProbe.Reply status = ok(sla().get(SLA_TICKETS + ticket.ticketId(), agent()));
        assertThat(status.<String>json("$.resolution.dueAt")).isEqualTo(openedAt.plus(Duration.ofHours(4)).toString());
        assertThat(status.<String>json("$.firstResponse.target")).isEqualTo("PT30M");
        assertThat(status.<String>json("$.policyId")).isEqualTo(policyId);
    }

    @Test
    void aNewMoreSpecificPolicyTakesOverTheOpenClocksItMatches() {
        String category = freshId("narrowed");
        Instant openedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        TicketsTopic.Story ticket = tickets.newTicket().opened("P3", category, openedAt);
        assertThat(awaitStatus(ticket).<String>json("$.policyId")).isEqualTo("default-p3");
        String policyId = freshId("narrow");

        created(POLICIES, """
                {"id":"%s","name":"Narrow","conditions":{"priorities":["P3"],"categories":["%s"]},
                 "firstResponse":"PT1H","resolution":"PT2H","calendarId":"24x7"}""".formatted(policyId, category));

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100)).until(() -> policyId.equals(
                ok(sla().get(SLA_TICKETS + ticket.ticketId(), agent())).json("$.policyId")));
        assertThat(ok(sla().get(SLA_TICKETS + ticket.ticketId(), agent())).<String>json("$.firstResponse.target"))
                .isEqualTo("PT1H");
    }

    @Test
    void anEscalatedTicketIsListedAmongTheActiveEscalationsUntilItIsResolved() {
        String category = freshId("escalated");
        String policyId = freshId("one-second");
        created(POLICIES, """
                {"id":"%s","name":"One second","conditions":{"priorities":["P2"],"categories":["%s"]},
                 "firstResponse":"PT1S","resolution":"PT2S","calendarId":"24x7","warnAt":[]}"""
                .formatted(policyId, category));
        Instant openedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        TicketsTopic.Story ticket = tickets.newTicket().opened("P2", category, openedAt);
        String id = ticket.ticketId();

        await().atMost(Duration.ofSeconds(30)).until(() -> escalatedTargets(id).size() == 2);
        HttpProbe.Reply listed = ok(sla().get("/api/v1/escalations?size=200", agent()));
        int index = listed.<List<String>>json("$.items[*].ticketId").indexOf(id);
        assertThat(listed.<String>json("$.items[" + index + "].priority")).isEqualTo("P2");
        assertThat(listed.<String>json("$.items[" + index + "].policyId")).isEqualTo(policyId);
        assertThat(listed.<List<String>>json("$.items[" + index + "].escalations[*].target"))
                .containsExactly("FIRST_RESPONSE", "RESOLUTION");
        assertThat(listed.<List<String>>json("$.items[" + index + "].escalations[0].levels"))
                .containsExactly("FUNCTIONAL", "HIERARCHICAL");
        assertThat(listed.<String>json("$.items[" + index + "].escalatedAt"))
                .isEqualTo(openedAt.plusSeconds(1).toString());
        assertThat(listed.<Integer>json("$.total")).isGreaterThanOrEqualTo(1);
        assertThat(sla().get("/api/v1/escalations", issuer.customer("demo-customer",
                "c0000000-0000-4000-8000-000000000001")).status()).isEqualTo(403);

        ticket.then(TicketEventTypes.RESOLVED, openedAt.plusSeconds(3), (ticketId, t) -> new TicketResolved(ticketId,
                "RESOLVED", "FIXED", "Restarted", null, "agent-anna", t));

        await().atMost(CONSUMED_WITHIN).until(() -> escalatedTargets(id).isEmpty());
    }

    /** The targets the active escalations' list shows for the ticket; empty while it is not listed. */
    private List<String> escalatedTargets(String ticketId) {
        HttpProbe.Reply listed = ok(sla().get("/api/v1/escalations?size=200", agent()));
        return listed.json("$.items[?(@.ticketId == '" + ticketId + "')].escalations[*].target");
    }

    @Test
    void aRedeliveredRecordChangesNothing() {
        TicketsTopic.Story ticket = tickets.newTicket().opened("P1", MONDAY)
                .then(TicketEventTypes.PENDED, at(MONDAY, "PT10M"),
                        (id, t) -> new TicketPended(id, "PENDING", "waiting", "agent-anna", t));
        byte[] pended = ticket.lastRecord();
        ticket.then(TicketEventTypes.RESUMED, at(MONDAY, "PT1H10M"),
                (id, t) -> new TicketResumed(id, "IN_PROGRESS", null, null, t));
        HttpProbe.Reply before = awaitStatus(ticket);
        double duplicatesBefore = outcomes("duplicate");

        tickets.send(ticket.ticketId(), pended);
        ticket.redeliverTheLast();

        await().atMost(CONSUMED_WITHIN).until(() -> outcomes("duplicate") >= duplicatesBefore + 2);
        HttpProbe.Reply after = ok(sla().get(SLA_TICKETS + ticket.ticketId(), agent()));
        assertThat(after.<Boolean>json("$.paused")).isFalse();
        assertThat(after.<String>json("$.resolution.dueAt")).isEqualTo(at(MONDAY, "PT5H").toString());
        assertThat(after.<Integer>json("$.lastSequence")).isEqualTo(3);
        assertThat(withoutAsOf(after)).isEqualTo(withoutAsOf(before));
        assertThat(escalationDatabase.getCollection("sla_clocks").find(Filters.eq("_id", ticket.ticketId())).first()
                .getLong("version")).isEqualTo(3);
    }

    // ---- requesters (customer events) ----

    @Test
    void aRequesterWhoIsVipGetsTheNextStricterTargetsAndLosesThemWhenNoLongerVip() {
        String requester = UUID.randomUUID().toString();
        String category = freshId("vip"); // no policy of another test names it
        try (CustomersTopic customers = new CustomersTopic(bootstrapServers)) {
            customers.registered(requester, true, null, MONDAY.minus(Duration.ofDays(30)));
            TicketsTopic.Story ticket = tickets.newTicket().opened("P2", category, requester, MONDAY);
            String path = SLA_TICKETS + ticket.ticketId();

            await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(50)).until(() -> {
                HttpProbe.Reply reply = sla().get(path, agent());
                return reply.status() == 200 && "default-p2-vip".equals(reply.json("$.policyId"));
            });
            assertThat(ok(sla().get(path, agent())).<String>json("$.firstResponse.dueAt"))
                    .as("P1's 15 minutes").isEqualTo(MONDAY.plus(Duration.ofMinutes(15)).toString());

            customers.updated(requester, 2, false, null, MONDAY.plus(Duration.ofMinutes(5)));

            await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(50)).until(() ->
                    "default-p2".equals(sla().get(path, agent()).json("$.policyId")));
            assertThat(ok(sla().get(path, agent())).<String>json("$.firstResponse.dueAt"))
                    .as("P2's own 30 minutes").isEqualTo(MONDAY.plus(Duration.ofMinutes(30)).toString());
        }
    }

    @Test
    void aCustomerRecordThatCannotBeReadIsDeadLetteredAndTheNextIsApplied() {
        String broken = UUID.randomUUID().toString();
        String requester = UUID.randomUUID().toString();
        try (CustomersTopic customers = new CustomersTopic(bootstrapServers)) {
            TicketsTopic.Story ticket = tickets.newTicket().opened("P3", freshId("dead-letter"), requester, MONDAY);
            awaitStatus(ticket);

            customers.send(broken, ("{\"specversion\":\"1.0\",\"id\":\"x\",\"source\":\"/helpdesk/customer-service\","
                    + "\"type\":\"helpdesk.customer.updated.v1\",\"subject\":\"" + broken + "\",\"time\":\""
                    + MONDAY + "\",\"data\":{\"customerId\":\"" + broken + "\",\"vip\":true}}")
                    .getBytes(StandardCharsets.UTF_8));
            customers.updated(requester, 4, true, null, MONDAY);

            await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(50)).until(() ->
                    "default-p3-vip".equals(sla().get(SLA_TICKETS + ticket.ticketId(), agent()).json("$.policyId")));
            byte[] wanted = broken.getBytes(StandardCharsets.UTF_8);
            await().atMost(CONSUMED_WITHIN).until(() -> customers.deadLetters().stream()
                    .anyMatch(record -> Arrays.equals(record.key(), wanted)));
            ConsumerRecord<byte[], byte[]> deadLetter = customers.deadLetters().stream()
                    .filter(record -> Arrays.equals(record.key(), wanted)).findFirst().orElseThrow();
            assertThat(header(deadLetter, CloudEventContract.DLQ_REASON_HEADER)).contains("has no sequence");
            await().atMost(CONSUMED_WITHIN).until(() -> meters.get("helpdesk.escalation.customer.events")
                    .tag("outcome", "dead-lettered").counter().count() >= 1);
        }
    }

    @Test
    void aRecordThatIsNotACloudEventIsDeadLetteredWithItsReasonAndTheNextRecordIsApplied() {
        String key = "garbage-" + UUID.randomUUID();
        byte[] garbage = ("this is not a CloudEvent {" + key).getBytes(StandardCharsets.UTF_8);
        double deadLettersBefore = outcomes("dead-lettered");

        tickets.send(key, garbage);
        TicketsTopic.Story next = tickets.newTicket().opened("P2", MONDAY);

        assertThat(awaitStatus(next).<String>json("$.policyId")).isEqualTo("default-p2");
        ConsumerRecord<byte[], byte[]> deadLetter = deadLetterKeyed(key);
        assertThat(deadLetter.value()).isEqualTo(garbage);
        assertThat(header(deadLetter, CloudEventContract.DLQ_REASON_HEADER)).contains("Not a structured-mode CloudEvent");
        assertThat(header(deadLetter, "x-original-topic")).isEqualTo(Topics.TICKETS);
        await().atMost(CONSUMED_WITHIN).until(() -> outcomes("dead-lettered") >= deadLettersBefore + 1);
    }

    @Test
    void eventsOfATicketNeverSeenOpenedAreSkippedNotDeadLettered() {
        String ticketId = UUID.randomUUID().toString();
        double unknownBefore = outcomes("unknown-ticket");

        tickets.send(ticketId, TicketsTopic.event(TicketEventTypes.RESOLVED, ticketId, 7, new TicketResolved(ticketId,
                "RESOLVED", "FIXED", "Done", null, "agent-anna", MONDAY), MONDAY));
        tickets.send(ticketId, TicketsTopic.event("helpdesk.ticket.teleported.v1", ticketId, 8,
                Map.of("ticketId", ticketId), MONDAY));
        awaitStatus(tickets.newTicket().opened("P4", MONDAY)); // read after the two above

        assertThat(outcomes("unknown-ticket")).isEqualTo(unknownBefore + 1);
        HttpProbe.Reply missing = sla().get(SLA_TICKETS + ticketId, agent());
        assertThat(missing.status()).as(missing.toString()).isEqualTo(404);
        assertThat(missing.contentType()).startsWith("application/problem+json");
        byte[] key = ticketId.getBytes(StandardCharsets.UTF_8);
        assertThat(tickets.deadLetters()).noneMatch(record -> Arrays.equals(record.key(), key));
    }

    @Test
    void aTicketNobodyKnowsIsANotFoundProblem() {
        HttpProbe.Reply reply = sla().get(SLA_TICKETS + UUID.randomUUID(), agent());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theSlaStatusIsForStaffNotForCustomersOrOtherSystems() {
        TicketsTopic.Story ticket = tickets.newTicket().opened("P3", MONDAY);
        awaitStatus(ticket);

        for (String token : List.of(issuer.customer("portal", "c0000000-0000-4000-8000-000000000001"),
                issuer.integration("monitoring"))) {
            HttpProbe.Reply reply = sla().get(SLA_TICKETS + ticket.ticketId(), token);
            assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        for (String token : List.of(agent(), issuer.supervisor("demo-supervisor"), admin())) {
            assertThat(sla().get(SLA_TICKETS + ticket.ticketId(), token).status()).isEqualTo(200);
        }
        assertThat(sla().get(SLA_TICKETS + ticket.ticketId(), null).status()).isEqualTo(401);
    }

    @Test
    void theServiceIsReadyOnlyWithItsTicketsConsumerHoldingThePartitionOfTheTopic() {
        HttpProbe.Reply reply = http().get("/actuator/health/readiness", admin());

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.<String>json("$.components.ticketsConsumer.status")).isEqualTo("UP");
        assertThat(reply.<List<String>>json("$.components.ticketsConsumer.details.partitions"))
                .contains(Topics.TICKETS + "-0");
    }

    @Test
    void ticketEventOutcomesAreExportedToPrometheus() {
        String metrics = http().get("/actuator/prometheus", null).body();

        assertThat(metrics).contains("helpdesk_escalation_ticket_events_total{", "outcome=\"applied\"",
                "outcome=\"duplicate\"", "outcome=\"unknown-ticket\"", "outcome=\"unknown-type\"",
                "outcome=\"not-for-the-clock\"", "outcome=\"dead-lettered\"");
    }

    /** Polls until the ticket's clock has applied the story's last event, then returns its status. */
    private HttpProbe.Reply awaitStatus(TicketsTopic.Story story) {
        return awaitStatus(story, story.sequence());
    }

    private HttpProbe.Reply awaitStatus(TicketsTopic.Story story, long sequence) {
        String path = SLA_TICKETS + story.ticketId();
        await().atMost(CONSUMED_WITHIN).pollInterval(Duration.ofMillis(50)).until(() -> {
            HttpProbe.Reply reply = sla().get(path, agent());
            return reply.status() == 200 && reply.<Integer>json("$.lastSequence") >= sequence;
        });
        return ok(sla().get(path, agent()));
    }

    private static Instant at(Instant start, String plus) {
        return start.plus(Duration.parse(plus));
    }

    private static TicketCommentAdded comment(String ticketId, String author, String visibility, Instant at) {
        return new TicketCommentAdded(ticketId, "IN_PROGRESS", UUID.randomUUID().toString(), "someone", author,
                visibility, "PUBLIC".equals(visibility) ? "Hello" : null,
                "AGENT".equals(author) && "PUBLIC".equals(visibility), "someone", at);
    }

    private static Map<String, Object> withoutAsOf(HttpProbe.Reply reply) {
        Map<String, Object> body = new LinkedHashMap<>(reply.json().<Map<String, Object>>read("$"));
        body.remove("asOf");
        return body;
    }

    private double timersFired(String target, String outcome) {
        return meters.get("helpdesk.escalation.timers.fired").tag("target", target).tag("outcome", outcome).counter()
                .count();
    }

    private double outcomes(String outcome) {
        return meters.get("helpdesk.escalation.ticket.events").tag("outcome", outcome).counter().count();
    }

    private ConsumerRecord<byte[], byte[]> deadLetterKeyed(String key) {
        byte[] wanted = key.getBytes(StandardCharsets.UTF_8);
        return tickets.deadLetters().stream()
                .filter(record -> Arrays.equals(record.key(), wanted))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No record keyed " + key + " on " + TicketsTopic.DEAD_LETTERS));
    }

    private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private HttpProbe.Reply ok(HttpProbe.Reply reply) {
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    /** Creates a definition as an admin and answers its id. */
    private String created(String path, String body) {
        HttpProbe.Reply reply = sla().post(path, admin(), body);
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.json("$.id");
    }

    private long total(String path) {
        return ok(sla().get(path, agent())).<Integer>json("$.total");
    }

    private static void assertBadInput(HttpProbe.Reply reply, String body, String field) {
        assertThat(reply.status()).as(body + " -> " + reply).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        if (!field.startsWith("(")) {
            assertThat(reply.<List<String>>json("$.errors[*].field")).as(body + " -> " + reply).contains(field);
        }
    }

    private static void assertForbidden(HttpProbe.Reply reply, String path) {
        assertThat(reply.status()).as(path + " -> " + reply).isEqualTo(403);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    /** Sends all requests at once; answers each writer's name with its status. */
    private static Map<String, Integer> race(int writers, java.util.function.IntFunction<HttpProbe.Reply> write)
            throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<HttpProbe.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                int writer = i;
                Callable<HttpProbe.Reply> request = () -> {
                    start.await();
                    return write.apply(writer);
                };
                replies.add(threads.submit(request));
            }
            start.countDown();
            Map<String, Integer> statuses = new LinkedHashMap<>();
            for (int i = 0; i < writers; i++) {
                statuses.put("Writer " + i, replies.get(i).get().status());
            }
            return statuses;
        } finally {
            threads.shutdownNow();
        }
    }

    private static String winner(Map<String, Integer> statuses) {
        return statuses.entrySet().stream().filter(entry -> entry.getValue() == 200).map(Map.Entry::getKey)
                .findFirst().orElseThrow();
    }
}
