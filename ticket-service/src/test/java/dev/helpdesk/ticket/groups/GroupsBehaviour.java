package dev.helpdesk.ticket.groups;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.ticket.groups.admin.DemoGroupsSeeder;
import dev.helpdesk.ticket.groups.query.GroupDirectory;
import dev.helpdesk.ticket.groups.query.GroupView;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Support groups through the service's HTTP API, against a real MongoDB-wire server: the seeded
 * directory, creating groups and members, who may do what, and every kind of bad input.
 */
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
abstract class GroupsBehaviour {

    static final List<String> SEEDED = List.of("service-desk-l1", "desktop-support-l2", "network-l2");

    @LocalServerPort
    int port;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoClient mongo;

    @Autowired
    DemoGroupsSeeder seeder;

    @Autowired
    GroupDirectory directory;

    @Autowired
    EventStore eventStore;

    @Autowired
    EventProcessingConfiguration processing;

    HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    String admin() {
        return issuer.admin("demo-admin");
    }

    String agent() {
        return issuer.agent("demo-agent", "service-desk-l1");
    }

    @Test
    void theSeededGroupsAreListedWithEscalationSupervisorAndMembers() {
        HttpProbe.Reply list = awaitListing(reply -> reply.<List<String>>json("$.items[*].id").containsAll(SEEDED));

        assertThat(list.<Integer>json("$.page")).isZero();
        assertThat(list.<Integer>json("$.size")).isEqualTo(list.<List<Object>>json("$.items").size());
        assertThat(list.<Integer>json("$.total")).isEqualTo(list.<List<Object>>json("$.items").size());
        assertThat(list.<List<Map<String, Object>>>json("$.items[?(@.id == 'service-desk-l1')]")).containsExactly(Map.of(
                "id", "service-desk-l1", "name", "Service Desk L1", "nextLevelGroupId", "desktop-support-l2",
                "supervisorId", "demo-supervisor", "members", List.of("demo-agent")));
        assertThat(list.<List<String>>json("$.items[?(@.id == 'desktop-support-l2')].members[*]"))
                .containsExactly("demo-agent-l2");
        assertThat(list.<List<Object>>json("$.items[?(@.id == 'desktop-support-l2')].nextLevelGroupId"))
                .containsExactly((Object) null);
        assertThat(list.<List<String>>json("$.items[?(@.id == 'network-l2')].name")).containsExactly("Network L2");
        assertThat(list.<List<String>>json("$.items[?(@.id == 'network-l2')].supervisorId"))
                .containsExactly("demo-supervisor");
        assertThat(list.<List<Object>>json("$.items[?(@.id == 'network-l2')].members[*]")).isEmpty();
    }

    @Test
    void staffAndIntegrationsReadASingleGroup() {
        for (String reader : List.of(agent(), issuer.supervisor("demo-supervisor"), admin(),
                issuer.integration("demo-integration"))) {
            HttpProbe.Reply group = http().get("/api/v1/groups/service-desk-l1", reader);

            assertThat(group.status()).as(group.toString()).isEqualTo(200);
            assertThat(group.<String>json("$.nextLevelGroupId")).isEqualTo("desktop-support-l2");
        }
    }

    @Test
    void theDirectoryFindsAGroupByIdForTheRestOfTheService() {
        assertThat(directory.find("service-desk-l1")).contains(new GroupView("service-desk-l1", "Service Desk L1",
                "desktop-support-l2", "demo-supervisor", List.of("demo-agent")));
        assertThat(directory.find("no-such-group")).isEmpty();
        assertThat(directory.find(null)).isEmpty();
    }

    @Test
    void anAdminCreatesAGroupAndItReadsBackAtOnce() {
        HttpProbe.Reply created = http().post("/api/v1/groups", admin(), """
                {"id":"printing-l2","name":"Printing L2","supervisorId":"demo-supervisor",
                 "members":["agent-p1","agent-p2","agent-p1"]}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/groups/printing-l2");
        assertThat(created.<String>json("$.id")).isEqualTo("printing-l2");
        assertThat(created.<String>json("$.name")).isEqualTo("Printing L2");
        assertThat(created.<String>json("$.nextLevelGroupId")).isNull();
        assertThat(created.<List<String>>json("$.members")).containsExactly("agent-p1", "agent-p2");
        assertThat(http().get("/api/v1/groups/printing-l2", agent()).status()).isEqualTo(200);
        awaitListing(reply -> reply.<List<String>>json("$.items[*].id").contains("printing-l2"));
    }

    @Test
    void aGroupCreatedWithoutAnIdGetsAUuid() {
        HttpProbe.Reply created = http().post("/api/v1/groups", admin(), """
                {"name":"Onboarding","nextLevelGroupId":"desktop-support-l2"}""");

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        assertThat(UUID.fromString(id).toString()).isEqualTo(id);
        assertThat(created.header("Location")).isEqualTo("/api/v1/groups/" + id);
        assertThat(created.<String>json("$.nextLevelGroupId")).isEqualTo("desktop-support-l2");
        assertThat(created.<List<String>>json("$.members")).isEmpty();
    }

    @Test
    void addingAMemberAnswersTheGroupAndAddingThemAgainChangesNothing() {
        createGroup("field-services", "Field Services");

        HttpProbe.Reply added = http().post("/api/v1/groups/field-services/members", admin(), """
                {"agentId":"agent-f1"}""");
        long eventsAfterFirst = storedEvents();
        HttpProbe.Reply again = http().post("/api/v1/groups/field-services/members", admin(), """
                {"agentId":"agent-f1"}""");

        assertThat(added.status()).as(added.toString()).isEqualTo(200);
        assertThat(added.<List<String>>json("$.members")).containsExactly("agent-f1");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.<List<String>>json("$.members")).containsExactly("agent-f1");
        assertThat(storedEvents()).isEqualTo(eventsAfterFirst);
        awaitListing(reply -> reply.<List<String>>json("$.items[?(@.id == 'field-services')].members[*]")
                .contains("agent-f1"));
    }

    @Test
    void anAdminRemovesAMember() {
        http().post("/api/v1/groups", admin(), """
                {"id":"facilities","name":"Facilities","members":["agent-x","agent-y"]}""");

        HttpResponse<String> removed = delete("/api/v1/groups/facilities/members/agent-x", admin());

        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(http().get("/api/v1/groups/facilities", agent()).<List<String>>json("$.members"))
                .containsExactly("agent-y");
        assertThat(delete("/api/v1/groups/facilities/members/agent-x", issuer.supervisor("demo-supervisor"))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void anAdminChangesWhereAGroupEscalatesButNotIntoALoop() {
        createGroup("loop-a", "Loop A");
        createGroup("loop-b", "Loop B");

        HttpProbe.Reply aToB = http().post("/api/v1/groups/loop-a/escalation", admin(), """
                {"nextLevelGroupId":"loop-b","supervisorId":"boss"}""");
        HttpProbe.Reply bToA = http().post("/api/v1/groups/loop-b/escalation", admin(), """
                {"nextLevelGroupId":"loop-a"}""");
        HttpProbe.Reply toNowhere = http().post("/api/v1/groups/loop-b/escalation", admin(), """
                {"nextLevelGroupId":"no-such-group"}""");

        assertThat(aToB.status()).as(aToB.toString()).isEqualTo(200);
        assertThat(aToB.<String>json("$.nextLevelGroupId")).isEqualTo("loop-b");
        assertThat(aToB.<String>json("$.supervisorId")).isEqualTo("boss");
        assertThat(bToA.status()).as(bToA.toString()).isEqualTo(400);
        assertThat(bToA.<List<String>>json("$.errors[*].field")).containsExactly("nextLevelGroupId");
        assertThat(toNowhere.status()).isEqualTo(400);
        assertThat(toNowhere.<List<String>>json("$.errors[*].field")).containsExactly("nextLevelGroupId");
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndStoresNothing() {
        long eventsBefore = storedEvents();
        Map<String, String> badBodies = Map.of(
                "{\"id\":\"x-1\",", "(malformed)",
                "{\"id\":\"bad-input\"}", "name",
                "{\"id\":\"bad-input\",\"name\":\"" + "x".repeat(101) + "\"}", "name",
                "{\"id\":\"Bad Input\",\"name\":\"Bad input\"}", "id",
                "{\"id\":\"bad-input\",\"name\":\"Bad input\",\"nextLevelGroupId\":\"no-such-group\"}", "nextLevelGroupId",
                "{\"id\":\"bad-input\",\"name\":\"Bad input\",\"nextLevelGroupId\":\"bad-input\"}", "nextLevelGroupId",
                "{\"id\":\"bad-input\",\"name\":\"Bad input\",\"members\":[\"ok\",\" \"]}", "members[1]",
                "{\"id\":\"bad-input\",\"name\":\"Bad input\",\"supervisorId\":\"\"}", "supervisorId",
                "{\"id\":\"bad-input\",\"name\":\"Bad input\",\"colour\":\"red\"}", "colour");

        badBodies.forEach((body, field) -> {
            HttpProbe.Reply reply = http().post("/api/v1/groups", admin(), body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            if (!field.startsWith("(")) {
                assertThat(reply.<List<String>>json("$.errors[*].field")).as(body).contains(field);
            }
        });
        for (String body : List.of("{}", "{\"agentId\":\"two words\"}", "{\"agentId\":null}")) {
            HttpProbe.Reply reply = http().post("/api/v1/groups/network-l2/members", admin(), body);
            assertThat(reply.status()).as(body).isEqualTo(400);
            assertThat(reply.<List<String>>json("$.errors[*].field")).as(body).containsExactly("agentId");
        }
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(http().get("/api/v1/groups/bad-input", admin()).status()).isEqualTo(404);
    }

    @Test
    void anUnknownGroupIsNotFound() {
        List<HttpProbe.Reply> replies = List.of(
                http().get("/api/v1/groups/no-such-group", agent()),
                http().get("/api/v1/groups/Not%20A%20Slug", agent()),
                http().post("/api/v1/groups/no-such-group/members", admin(), "{\"agentId\":\"demo-agent\"}"),
                http().post("/api/v1/groups/no-such-group/escalation", admin(), "{}"));

        for (HttpProbe.Reply reply : replies) {
            assertThat(reply.status()).as(reply.toString()).isEqualTo(404);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
        assertThat(delete("/api/v1/groups/no-such-group/members/demo-agent", admin()).statusCode()).isEqualTo(404);
    }

    @Test
    void customersMayNotReadGroups() {
        String customer = issuer.customer("demo-customer", "c0000000-0000-4000-8000-000000000001");

        for (String path : List.of("/api/v1/groups", "/api/v1/groups/service-desk-l1", "/api/v1/groups/no-such-group")) {
            HttpProbe.Reply reply = http().get(path, customer);
            assertThat(reply.status()).as(path).isEqualTo(403);
            assertThat(reply.contentType()).startsWith("application/problem+json");
        }
    }

    @Test
    void onlyAnAdminChangesGroupsWhateverTheBody() {
        for (String notAdmin : List.of(agent(), issuer.supervisor("demo-supervisor"),
                issuer.integration("demo-integration"), issuer.customer("demo-customer", "c-1"))) {
            assertThat(http().post("/api/v1/groups", notAdmin, "{\"id\":\"sneaky\",\"name\":\"Sneaky\"}").status())
                    .isEqualTo(403);
            assertThat(http().post("/api/v1/groups", notAdmin, "{\"bad\":").status()).isEqualTo(403);
            assertThat(http().post("/api/v1/groups/service-desk-l1/members", notAdmin, "{\"agentId\":\"me\"}")
                    .status()).isEqualTo(403);
        }
        assertThat(http().get("/api/v1/groups/sneaky", admin()).status()).isEqualTo(404);
        assertThat(directory.find("service-desk-l1").orElseThrow().members()).containsExactly("demo-agent");
    }

    @Test
    void aTakenIdOrNameIsAConflict() {
        createGroup("security-l2", "Security L2");
        long eventsBefore = storedEvents();

        HttpProbe.Reply sameId = http().post("/api/v1/groups", admin(), """
                {"id":"security-l2","name":"Another name"}""");
        HttpProbe.Reply sameName = http().post("/api/v1/groups", admin(), """
                {"id":"security-again","name":"  security   L2 "}""");
        HttpProbe.Reply seededName = http().post("/api/v1/groups", admin(), """
                {"name":"Service Desk L1"}""");

        assertThat(sameId.status()).as(sameId.toString()).isEqualTo(409);
        assertThat(sameId.contentType()).startsWith("application/problem+json");
        assertThat(sameId.<List<String>>json("$.errors[*].field")).containsExactly("id");
        assertThat(sameName.status()).as(sameName.toString()).isEqualTo(409);
        assertThat(sameName.<List<String>>json("$.errors[*].field")).containsExactly("name");
        assertThat(seededName.status()).isEqualTo(409);
        assertThat(storedEvents()).isEqualTo(eventsBefore);
        assertThat(http().post("/api/v1/groups", admin(), "{\"id\":\"unrelated\",\"name\":\"Another name\"}").status())
                .as("the name of a rejected creation stays free").isEqualTo(201);
    }

    @Test
    void theIdOfSomethingElseInTheEventStoreIsNoGroupAndIsTaken() {
        String foreignId = UUID.randomUUID().toString();
        // an aggregate type no handler here publishes or projects, standing in for a ticket
        eventStore.publish(new GenericDomainEventMessage<>("Elsewhere", foreignId, 0, "not a group event"));

        assertThat(directory.find(foreignId)).isEmpty();
        assertThat(http().get("/api/v1/groups/" + foreignId, agent()).status()).isEqualTo(404);
        HttpProbe.Reply clash = http().post("/api/v1/groups", admin(),
                "{\"id\":\"" + foreignId + "\",\"name\":\"Clash\"}");
        assertThat(clash.status()).as(clash.toString()).isEqualTo(409);
        assertThat(http().post("/api/v1/groups", admin(), "{\"id\":\"no-clash\",\"name\":\"Clash\"}").status())
                .as("the failed creation released the name").isEqualTo(201);
    }

    @Test
    void concurrentCreationsOfOneGroupCreateItOnce() throws Exception {
        ExecutorService admins = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpProbe.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<HttpProbe.Reply> create = () -> http().post("/api/v1/groups", admin(), """
                        {"id":"race-l2","name":"Race L2"}""");
                replies.add(admins.submit(create));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpProbe.Reply> reply : replies) {
                statuses.add(reply.get().status());
            }
            assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
        } finally {
            admins.shutdownNow();
        }
        assertThat(creationsOf("race-l2")).isEqualTo(1);
        assertThat(http().post("/api/v1/groups", admin(), "{\"id\":\"race-again\",\"name\":\"race l2\"}").status())
                .as("the winner keeps its name").isEqualTo(409);
    }

    @Test
    void aNameClaimLeftByACrashIsTakenOverOnceAbandoned() {
        MongoCollection<Document> names = database().getCollection("group_names");
        names.insertOne(new Document("_id", "left behind").append("groupId", "crashed-before-creating")
                .append("claimedAt", Date.from(Instant.now().minus(Duration.ofMinutes(5)))));
        names.insertOne(new Document("_id", "in flight").append("groupId", "being-created")
                .append("claimedAt", new Date()));

        assertThat(http().post("/api/v1/groups", admin(), "{\"name\":\"Left Behind\"}").status()).isEqualTo(201);
        assertThat(http().post("/api/v1/groups", admin(), "{\"name\":\"In Flight\"}").status()).isEqualTo(409);
    }

    @Test
    void seedingAgainOrAfterARestartDuplicatesNothing() {
        for (String id : SEEDED) {
            assertThat(creationsOf(id)).as(id).isEqualTo(1);
        }
        long eventsBefore = storedEvents();

        assertThat(seeder.seed()).isZero();
        assertThat(seeder.seed()).isZero();

        assertThat(storedEvents()).isEqualTo(eventsBefore);
        List<String> listed = awaitListing(reply -> true).json("$.items[*].id");
        for (String id : SEEDED) {
            assertThat(listed).as(id).containsOnlyOnce(id);
        }
    }

    @Test
    void theDirectoryIsProjectedByATrackingProcessor() {
        assertThat(processing.eventProcessor("group-directory")).containsInstanceOf(TrackingEventProcessor.class);
    }

    private void createGroup(String id, String name) {
        HttpProbe.Reply created = http().post("/api/v1/groups", admin(),
                "{\"id\":\"" + id + "\",\"name\":\"" + name + "\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }

    /** The listing is a projection: it may trail a command by a moment. */
    private HttpProbe.Reply awaitListing(Predicate<HttpProbe.Reply> expected) {
        Instant deadline = Instant.now().plusSeconds(10);
        HttpProbe.Reply reply;
        do {
            reply = http().get("/api/v1/groups", agent());
            assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
            if (expected.test(reply)) {
                return reply;
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        throw new AssertionError("The listing never showed what was expected: " + reply);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> delete(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).DELETE().build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private com.mongodb.client.MongoDatabase database() {
        return mongo.getDatabase("ticket-service");
    }

    private long storedEvents() {
        return database().getCollection("domainevents").countDocuments();
    }

    private long creationsOf(String groupId) {
        return database().getCollection("domainevents").countDocuments(Filters.and(
                Filters.eq("aggregateIdentifier", groupId), Filters.eq("sequenceNumber", 0L)));
    }
}
