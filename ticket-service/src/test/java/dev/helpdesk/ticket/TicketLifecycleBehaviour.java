package dev.helpdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;
import com.mongodb.client.MongoClient;
import org.bson.Document;

/** The ticket lifecycle over HTTP: actions, If-Match, refusals, who sees what, time travel. */
@DirtiesContext
@TestPropertySource(properties = "helpdesk.tickets.snapshot-every=10")
abstract class TicketLifecycleBehaviour {

    static final String CUSTOMER = TicketServiceBehaviour.CUSTOMER;
    static final String L1 = "service-desk-l1";
    static final String L2 = "desktop-support-l2";

    @LocalServerPort
    int port;

    @Autowired
    TestIssuer issuer;

    @Autowired
    MongoClient mongo;

    HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    String agent() {
        return issuer.agent("demo-agent", L1);
    }

    String agentL2() {
        return issuer.agent("demo-agent-l2", L2);
    }

    String supervisor() {
        return issuer.supervisor("demo-supervisor", L1, L2, "network-l2");
    }

    String customer() {
        return issuer.customer("demo-customer", CUSTOMER);
    }

    String open() {
        HttpProbe.Reply created = http().post("/api/v1/tickets", agent(), TicketServiceBehaviour.VALID_BODY);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    HttpProbe.Reply act(String id, String action, String token, String body) {
        return http().post("/api/v1/tickets/" + id + action, token, body);
    }

    HttpProbe.Reply act(String id, String action, String token, String body, String ifMatch) {
        return http().post("/api/v1/tickets/" + id + action, token, body, Map.of("If-Match", ifMatch));
    }

    @Test
    void aTicketWalksThroughItsWholeLifecycle() {
        String id = open();

        HttpProbe.Reply claimed = act(id, "/claim", agent(), "{}", "\"1\"");
        assertThat(claimed.status()).as(claimed.toString()).isEqualTo(200);
        assertThat(claimed.<String>json("$.status")).isEqualTo("ASSIGNED");
        assertThat(claimed.<String>json("$.assigneeId")).isEqualTo("demo-agent");
        assertThat(claimed.<String>json("$.groupId")).isEqualTo(L1);
        assertThat(claimed.header("ETag")).isEqualTo("\"2\"");

        HttpProbe.Reply replied = act(id, "/comments", agent(), "{\"body\":\"Can you restart?\",\"visibility\":\"PUBLIC\"}");
        assertThat(replied.<String>json("$.status")).isEqualTo("IN_PROGRESS");
        assertThat(replied.<String>json("$.firstRespondedAt")).isNotNull();

        assertThat(act(id, "/pending", agent(), "{\"reason\":\"Waiting for the user\"}").<String>json("$.status"))
                .isEqualTo("PENDING");
        HttpProbe.Reply customerReply = act(id, "/comments", customer(), "{\"body\":\"Restarted, same\",\"visibility\":\"PUBLIC\"}");
        assertThat(customerReply.status()).as(customerReply.toString()).isEqualTo(200);
        assertThat(customerReply.<String>json("$.status")).isEqualTo("IN_PROGRESS");

        HttpProbe.Reply resolved = act(id, "/resolution", agent(), "{\"code\":\"FIXED\",\"note\":\"New VPN profile\"}");
        assertThat(resolved.<String>json("$.status")).isEqualTo("RESOLVED");
        assertThat(resolved.<String>json("$.resolution.code")).isEqualTo("FIXED");
        assertThat(act(id, "/satisfaction", customer(), "{\"rating\":5,\"comment\":\"Thanks\"}").status()).isEqualTo(200);
        HttpProbe.Reply closed = act(id, "/close", agent(), "{}");
        assertThat(closed.status()).as(closed.toString()).isEqualTo(200);
        assertThat(closed.<String>json("$.status")).isEqualTo("CLOSED");
        assertThat(closed.<String>json("$.closedAt")).isNotNull();

        List<String> types = http().get("/api/v1/tickets/" + id + "/history", agent()).json("$.items[*].type");
        assertThat(types).containsExactly("helpdesk.ticket.opened.v1", "helpdesk.ticket.assigned.v1",
                "helpdesk.ticket.comment-added.v1", "helpdesk.ticket.work-started.v1", "helpdesk.ticket.pended.v1",
                "helpdesk.ticket.comment-added.v1", "helpdesk.ticket.resumed.v1", "helpdesk.ticket.resolved.v1",
                "helpdesk.ticket.satisfaction-rated.v1", "helpdesk.ticket.closed.v1");
    }

    @Test
    void anIllegalTransitionIsAConflictNamingStateAndActionAndChangesNothing() {
        String id = open();
        act(id, "/cancel", agent(), "{\"reason\":\"Opened twice\"}");

        HttpProbe.Reply refused = act(id, "/resolution", agent(), "{\"code\":\"FIXED\",\"note\":\"x\"}");
        HttpProbe.Reply comment = act(id, "/comments", agent(), "{\"body\":\"hello\",\"visibility\":\"PUBLIC\"}");

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<String>json("$.currentStatus")).isEqualTo("CANCELLED");
        assertThat(refused.<String>json("$.action")).isEqualTo("resolve");
        assertThat(comment.status()).isEqualTo(409);
        assertThat(http().get("/api/v1/tickets/" + id, agent()).<Integer>json("$.version")).isEqualTo(2);
    }

    @Test
    void aStaleIfMatchIsAPreconditionFailureAndChangesNothing() {
        String id = open();
        act(id, "/priority", agent(), "{\"impact\":\"LOW\",\"urgency\":\"LOW\"}", "\"1\"");

        HttpProbe.Reply stale = act(id, "/priority", agent(), "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}", "\"1\"");
        HttpProbe.Reply malformed = act(id, "/priority", agent(), "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}", "one");

        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.contentType()).startsWith("application/problem+json");
        assertThat(malformed.status()).isEqualTo(400);
        HttpProbe.Reply ticket = http().get("/api/v1/tickets/" + id, agent());
        assertThat(ticket.<String>json("$.priority")).isEqualTo("P5");
        assertThat(ticket.header("ETag")).isEqualTo("\"2\"");
    }

    @Test
    void concurrentActionsOnOneVersionApplyOnceAndTheRestAreRejected() throws Exception {
        String id = open();
        ExecutorService clients = Executors.newFixedThreadPool(10);
        try {
            List<Future<HttpProbe.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                String tag = "tag-" + i;
                replies.add(clients.submit(() -> http().patch("/api/v1/tickets/" + id, agent(),
                        "{\"tags\":[\"" + tag + "\"]}", Map.of("If-Match", "\"1\""))));
            }
            int applied = 0;
            for (Future<HttpProbe.Reply> reply : replies) {
                int status = reply.get().status();
                assertThat(status).as(reply.get().toString()).isIn(200, 409, 412);
                applied += status == 200 ? 1 : 0;
            }
            assertThat(applied).isEqualTo(1);
            assertThat(http().get("/api/v1/tickets/" + id, agent()).<Integer>json("$.version")).isEqualTo(2);
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void customersNeverSeeInternalNotesAndCannotWriteThem() {
        String id = open();
        act(id, "/comments", agent(), "{\"body\":\"Customer sounds angry\",\"visibility\":\"INTERNAL\"}");
        act(id, "/comments", agent(), "{\"body\":\"We are on it\",\"visibility\":\"PUBLIC\"}");

        HttpProbe.Reply seen = http().get("/api/v1/tickets/" + id, customer());
        HttpProbe.Reply history = http().get("/api/v1/tickets/" + id + "/history", customer());
        HttpProbe.Reply internal = act(id, "/comments", customer(), "{\"body\":\"psst\",\"visibility\":\"INTERNAL\"}");

        assertThat(seen.<List<String>>json("$.comments[*].body")).containsExactly("We are on it");
        assertThat(history.body()).doesNotContain("Customer sounds angry");
        assertThat(http().get("/api/v1/tickets/" + id, agent()).<List<String>>json("$.comments[*].body"))
                .containsExactly("Customer sounds angry", "We are on it");
        assertThat(internal.status()).isEqualTo(400);
        assertThat(internal.<List<String>>json("$.errors[*].field")).containsExactly("visibility");
    }

    @Test
    void agentsWorkTheirGroupsTicketsAndOnlySupervisorsReassignAcrossGroups() {
        String id = open();
        act(id, "/assignment", agent(), "{\"groupId\":\"" + L1 + "\"}");

        assertThat(act(id, "/claim", agentL2(), "{}").status()).isEqualTo(409);
        assertThat(act(id, "/assignment", agent(), "{\"groupId\":\"" + L2 + "\"}").status()).isEqualTo(403);
        assertThat(act(id, "/resolution", agentL2(), "{\"code\":\"FIXED\",\"note\":\"x\"}").status()).isEqualTo(403);
        HttpProbe.Reply moved = act(id, "/assignment", supervisor(), "{\"groupId\":\"" + L2 + "\",\"agentId\":\"demo-agent-l2\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.<String>json("$.groupId")).isEqualTo(L2);
        assertThat(act(id, "/start", agentL2(), "{}").<String>json("$.status")).isEqualTo("IN_PROGRESS");
        assertThat(act(id, "/claim", customer(), "{}").status()).isEqualTo(403);
        assertThat(act(id, "/comments", issuer.integration("demo-integration"), "{\"body\":\"x\",\"visibility\":\"PUBLIC\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void theTicketAsItWasAtAnyPastInstant() throws Exception {
        String id = open();
        Instant whenNew = Instant.now();
        Thread.sleep(20);
        act(id, "/priority", agent(), "{\"impact\":\"LOW\",\"urgency\":\"LOW\"}");
        act(id, "/resolution", agent(), "{\"code\":\"WORKAROUND\",\"note\":\"Use the web client\"}");

        HttpProbe.Reply past = http().get("/api/v1/tickets/" + id + "?asOf=" + whenNew, agent());
        HttpProbe.Reply now = http().get("/api/v1/tickets/" + id, agent());
        HttpProbe.Reply beforeItExisted = http().get("/api/v1/tickets/" + id + "?asOf=2020-01-01T00:00:00Z", agent());

        assertThat(past.<String>json("$.status")).isEqualTo("NEW");
        assertThat(past.<String>json("$.priority")).isEqualTo("P2");
        assertThat(past.<Integer>json("$.version")).isEqualTo(1);
        assertThat(now.<String>json("$.status")).isEqualTo("RESOLVED");
        assertThat(now.<String>json("$.priority")).isEqualTo("P5");
        assertThat(beforeItExisted.status()).isEqualTo(404);
        assertThat(http().get("/api/v1/tickets/" + id + "?asOf=yesterday", agent()).status()).isEqualTo(400);
    }

    @Test
    void actionsValidateTheirBodies() {
        String id = open();

        HttpProbe.Reply noNote = act(id, "/resolution", agent(), "{\"code\":\"FIXED\"}");
        HttpProbe.Reply badCode = act(id, "/resolution", agent(), "{\"code\":\"MAGIC\",\"note\":\"x\"}");
        HttpProbe.Reply badRating = act(id, "/satisfaction", customer(), "{\"rating\":9}");
        HttpProbe.Reply noReason = act(id, "/cancel", agent(), "{}");
        HttpProbe.Reply badLink = act(id, "/links", agent(), "{\"targetId\":\"" + java.util.UUID.randomUUID()
                + "\",\"kind\":\"RELATED\"}");

        assertThat(noNote.<List<String>>json("$.errors[*].field")).containsExactly("note");
        assertThat(badCode.<List<String>>json("$.errors[*].field")).containsExactly("code");
        assertThat(badRating.<List<String>>json("$.errors[*].field")).containsExactly("rating");
        assertThat(noReason.<List<String>>json("$.errors[*].field")).containsExactly("reason");
        assertThat(badLink.<List<String>>json("$.errors[*].field")).containsExactly("targetId");
        assertThat(http().get("/api/v1/tickets/" + id, agent()).<Integer>json("$.version")).isEqualTo(1);
    }

    @Test
    void linkingADuplicateResolvesIt() {
        String original = open();
        String duplicate = open();

        HttpProbe.Reply linked = act(duplicate, "/links", agent(),
                "{\"targetId\":\"" + original + "\",\"kind\":\"DUPLICATE_OF\"}");

        assertThat(linked.<String>json("$.status")).isEqualTo("RESOLVED");
        assertThat(linked.<String>json("$.resolution.code")).isEqualTo("DUPLICATE");
        assertThat(linked.<String>json("$.links[0].targetId")).isEqualTo(original);
    }

    @Test
    void escalatingMovesTheTicketToItsGroupsNextLevel() {
        String id = open();
        act(id, "/claim", agent(), "{}");

        HttpProbe.Reply escalated = act(id, "/escalations", agent(), "{\"reason\":\"Needs a new disk\"}");

        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
        assertThat(escalated.<String>json("$.groupId")).isEqualTo(L2);
        assertThat(escalated.<String>json("$.assigneeId")).isNull();
        assertThat(escalated.<String>json("$.status")).isEqualTo("NEW");
        assertThat(act(id, "/claim", agentL2(), "{}").<String>json("$.assigneeId")).isEqualTo("demo-agent-l2");
    }

    @Test
    void escalatingFromATopLevelGroupKeepsTheTicketAndNamesTheSupervisor() {
        String id = open();
        act(id, "/assignment", supervisor(), "{\"groupId\":\"" + L2 + "\",\"agentId\":\"demo-agent-l2\"}");

        HttpProbe.Reply escalated = act(id, "/escalations", agentL2(), "{\"reason\":\"Customer is unhappy\"}");

        assertThat(escalated.status()).as(escalated.toString()).isEqualTo(200);
        assertThat(escalated.<String>json("$.groupId")).isEqualTo(L2);
        assertThat(escalated.<String>json("$.assigneeId")).isEqualTo("demo-agent-l2");
        HttpProbe.Reply history = http().get("/api/v1/tickets/" + id + "/history", agentL2());
        assertThat(history.<List<String>>json("$.items[?(@.type == 'helpdesk.ticket.escalated.v1')].data.supervisorId"))
                .containsExactly("demo-supervisor");
    }

    @Test
    void assigningToAnUnknownGroupOrANonMemberIsABadRequest() {
        String id = open();

        HttpProbe.Reply unknown = act(id, "/assignment", supervisor(), "{\"groupId\":\"no-such-group\"}");
        HttpProbe.Reply stranger = act(id, "/assignment", supervisor(),
                "{\"groupId\":\"" + L1 + "\",\"agentId\":\"demo-agent-l2\"}");

        assertThat(unknown.<List<String>>json("$.errors[*].field")).containsExactly("groupId");
        assertThat(stranger.<List<String>>json("$.errors[*].field")).containsExactly("agentId");
    }

    /**
     * A command's answer comes from the view this instance keeps, folded as its events were
     * stored; it must be exactly the ticket folded from the store's first event (asOf folds
     * from the first event every time).
     */
    @Test
    void theAnswerToEveryCommandIsTheTicketFoldedFromItsStoredEvents() {
        HttpProbe.Reply opened = http().post("/api/v1/tickets", agent(), TicketServiceBehaviour.VALID_BODY);
        String id = opened.json("$.id");
        assertSameAsStored(id, agent(), opened);
        assertSameAsStored(id, agent(), act(id, "/claim", agent(), "{}"));
        assertSameAsStored(id, agent(), act(id, "/comments", agent(), "{\"body\":\"Checking\",\"visibility\":\"INTERNAL\"}"));
        assertSameAsStored(id, agent(), act(id, "/comments", agent(), "{\"body\":\"Restart?\",\"visibility\":\"PUBLIC\"}"));
        assertSameAsStored(id, agent(), act(id, "/priority", agent(), "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}"));
        assertSameAsStored(id, agent(), act(id, "/pending", agent(), "{\"reason\":\"Waiting for the user\"}"));
        assertSameAsStored(id, customer(), act(id, "/comments", customer(), "{\"body\":\"Same\",\"visibility\":\"PUBLIC\"}"));
        assertSameAsStored(id, agent(), act(id, "/resolution", agent(), "{\"code\":\"FIXED\",\"note\":\"New profile\"}"));
        assertSameAsStored(id, customer(), act(id, "/satisfaction", customer(), "{\"rating\":4}"));
        assertSameAsStored(id, agent(), act(id, "/close", agent(), "{}"));
    }

    private void assertSameAsStored(String id, String token, HttpProbe.Reply answer) {
        assertThat(answer.status()).as(answer.toString()).isBetween(200, 201);
        HttpProbe.Reply folded = http().get("/api/v1/tickets/" + id + "?asOf=2999-01-01T00:00:00Z", token);
        assertThat(folded.status()).as(folded.toString()).isEqualTo(200);
        assertThat(answer.body()).isEqualTo(folded.body());
        assertThat(answer.header("ETag")).isEqualTo(folded.header("ETag"));
    }

    @Test
    void aTicketWithALongHistoryIsSnapshottedAndStillDecidesCorrectly() {
        String id = open();
        for (int i = 0; i < 25; i++) {
            assertThat(act(id, "/comments", agent(), "{\"body\":\"note " + i + "\",\"visibility\":\"INTERNAL\"}")
                    .status()).isEqualTo(200);
        }

        long snapshots = mongo.getDatabase("ticket-service").getCollection("snapshotevents")
                .countDocuments(new Document("aggregateIdentifier", id));
        HttpProbe.Reply resolved = act(id, "/resolution", agent(), "{\"code\":\"FIXED\",\"note\":\"done\"}", "\"26\"");

        assertThat(snapshots).isPositive();
        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.<Integer>json("$.version")).isEqualTo(27);
        assertThat(act(id, "/resolution", agent(), "{\"code\":\"FIXED\",\"note\":\"again\"}").status()).isEqualTo(409);
    }
}
