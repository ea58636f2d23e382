package dev.helpdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Problem management over HTTP: incidents linked to a problem ({@code CAUSED_BY}) are listed by
 * it, and resolving the problem can resolve them in the same request.
 */
@DirtiesContext
abstract class ProblemManagementBehaviour {

    static final String L1 = "service-desk-l1";
    static final String L2 = "desktop-support-l2";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    TestIssuer issuer;

    HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    String agent() {
        return issuer.agent("demo-agent", L1);
    }

    String agentL2() {
        return issuer.agent("demo-agent-l2", L2);
    }

    String open(String type, String token) {
        String body = TicketServiceBehaviour.VALID_BODY.replace("\"type\":\"INCIDENT\"", "\"type\":\"" + type + "\"");
        HttpProbe.Reply created = http().post("/api/v1/tickets", token, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    HttpProbe.Reply act(String id, String action, String token, String body) {
        return http().post("/api/v1/tickets/" + id + action, token, body);
    }

    HttpProbe.Reply linkToProblem(String incident, String problem, String token) {
        HttpProbe.Reply linked = act(incident, "/links", token,
                "{\"targetId\":\"" + problem + "\",\"kind\":\"CAUSED_BY\"}");
        assertThat(linked.status()).as(linked.toString()).isEqualTo(200);
        return linked;
    }

    /** Reads until the condition holds: the problem learns of its incidents just after the link. */
    static HttpProbe.Reply eventually(Supplier<HttpProbe.Reply> read, Predicate<HttpProbe.Reply> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        HttpProbe.Reply reply = read.get();
        while (!(reply.status() == 200 && condition.test(reply)) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reply = read.get();
        }
        assertThat(condition.test(reply)).as(reply.toString()).isTrue();
        return reply;
    }

    static Predicate<HttpProbe.Reply> listsIncidents(String... incidents) {
        return reply -> reply.<List<String>>json("$.incidents[*].id").containsAll(List.of(incidents));
    }

    @Test
    void aProblemListsTheIncidentsLinkedToItInItsViewHistoryAndQueue() {
        String problem = open("PROBLEM", agent());
        String first = open("INCIDENT", agent());
        String second = open("INCIDENT", agent());

        linkToProblem(first, problem, agent());
        linkToProblem(second, problem, agent());
        linkToProblem(second, problem, agent()); // linking again changes nothing

        HttpProbe.Reply view = eventually(() -> http().get("/api/v1/tickets/" + problem, agent()),
                listsIncidents(first, second));
        assertThat(view.<List<String>>json("$.incidents[*].id")).hasSize(2);
        assertThat(view.<Integer>json("$.version")).isEqualTo(3);

        HttpProbe.Reply history = http().get("/api/v1/tickets/" + problem + "/history", agent());
        assertThat(history.<List<String>>json("$.items[*].type")).containsExactly("helpdesk.ticket.opened.v1",
                "helpdesk.ticket.incident-linked.v1", "helpdesk.ticket.incident-linked.v1");
        assertThat(history.<List<String>>json("$.items[1:].actorId")).containsOnly("demo-agent");

        HttpProbe.Reply queue = eventually(() -> http().get("/api/v1/tickets?problemId=" + problem, agent()),
                reply -> reply.<Integer>json("$.total") == 2);
        assertThat(queue.<List<String>>json("$.items[*].id")).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void resolvingAProblemCanResolveItsOpenIncidentsInOneRequest() {
        String problem = open("PROBLEM", agent());
        String open = open("INCIDENT", agent());
        String otherGroups = open("INCIDENT", agentL2());
        String alreadyResolved = open("INCIDENT", agent());
        String cancelled = open("INCIDENT", agent());
        for (String incident : List.of(open, alreadyResolved, cancelled)) {
            linkToProblem(incident, problem, agent());
        }
        act(otherGroups, "/assignment", issuer.supervisor("demo-supervisor", L1, L2), "{\"groupId\":\"" + L2 + "\"}");
        linkToProblem(otherGroups, problem, agentL2());
        act(alreadyResolved, "/resolution", agent(), "{\"code\":\"WORKAROUND\",\"note\":\"Rebooted\"}");
        act(cancelled, "/cancel", agent(), "{\"reason\":\"Opened twice\"}");
        eventually(() -> http().get("/api/v1/tickets/" + problem, agent()),
                listsIncidents(open, otherGroups, alreadyResolved, cancelled));

        HttpProbe.Reply resolved = act(problem, "/resolution", agent(),
                "{\"code\":\"FIXED\",\"note\":\"Rolled back the driver\",\"articleId\":\"KB-7\","
                        + "\"resolveLinkedIncidents\":true}");

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.<String>json("$.status")).isEqualTo("RESOLVED");
        String number = resolved.json("$.number");
        for (String incident : List.of(open, otherGroups)) {
            HttpProbe.Reply now = http().get("/api/v1/tickets/" + incident, agentL2());
            assertThat(now.<String>json("$.status")).isEqualTo("RESOLVED");
            assertThat(now.<String>json("$.resolution.code")).isEqualTo("FIXED");
            assertThat(now.<String>json("$.resolution.note"))
                    .isEqualTo("Resolved with problem " + number + ": Rolled back the driver");
            assertThat(now.<String>json("$.resolution.articleId")).isEqualTo("KB-7");
        }
        assertThat(http().get("/api/v1/tickets/" + alreadyResolved, agent()).<String>json("$.resolution.note"))
                .isEqualTo("Rebooted");
        assertThat(http().get("/api/v1/tickets/" + cancelled, agent()).<String>json("$.status"))
                .isEqualTo("CANCELLED");
    }

    @Test
    void withoutTheFlagResolvingAProblemLeavesItsIncidentsOpen() {
        String problem = open("PROBLEM", agent());
        String incident = open("INCIDENT", agent());
        linkToProblem(incident, problem, agent());
        eventually(() -> http().get("/api/v1/tickets/" + problem, agent()), listsIncidents(incident));

        HttpProbe.Reply resolved = act(problem, "/resolution", agent(), "{\"code\":\"FIXED\",\"note\":\"Done\"}");

        assertThat(resolved.status()).isEqualTo(200);
        assertThat(http().get("/api/v1/tickets/" + incident, agent()).<String>json("$.status")).isEqualTo("NEW");
    }

    @Test
    void onlyAProblemResolvesLinkedIncidentsAndOnlyAProblemIsACause() {
        String incident = open("INCIDENT", agent());
        String other = open("INCIDENT", agent());

        HttpProbe.Reply cascade = act(incident, "/resolution", agent(),
                "{\"code\":\"FIXED\",\"note\":\"Done\",\"resolveLinkedIncidents\":true}");
        HttpProbe.Reply notAProblem = act(incident, "/links", agent(),
                "{\"targetId\":\"" + other + "\",\"kind\":\"CAUSED_BY\"}");
        HttpProbe.Reply badFilter = http().get("/api/v1/tickets?problemId=not-a-uuid", agent());

        assertThat(cascade.status()).isEqualTo(400);
        assertThat(cascade.contentType()).startsWith("application/problem+json");
        assertThat(cascade.<List<String>>json("$.errors[*].field")).containsExactly("resolveLinkedIncidents");
        assertThat(notAProblem.status()).isEqualTo(400);
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(badFilter.<List<String>>json("$.errors[*].field")).containsExactly("problemId");
        assertThat(http().get("/api/v1/tickets/" + incident, agent()).<Integer>json("$.version")).isEqualTo(1);
    }
}
