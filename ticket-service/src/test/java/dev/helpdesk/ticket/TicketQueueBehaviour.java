package dev.helpdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/** Queues and search over HTTP ({@code GET /tickets}), read from the eventually consistent projection. */
@DirtiesContext
abstract class TicketQueueBehaviour {

    static final String CUSTOMER = TicketServiceBehaviour.CUSTOMER;
    static final String OTHER_CUSTOMER = TicketServiceBehaviour.OTHER_CUSTOMER;
    static final String L1 = "service-desk-l1";
    static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Autowired
    TestIssuer issuer;

    HttpProbe http() {
        return HttpProbe.onLocalPort(port);
    }

    String agent() {
        return issuer.agent("queue-agent", L1);
    }

    static String marker() {
        return "qm" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    String open(String subject, String requester, String impact, String urgency, String channel) {
        String body = """
                {"type":"INCIDENT","subject":"%s","description":"Queue test ticket.",
                 "requesterId":"%s","channel":"%s","category":"network",
                 "impact":"%s","urgency":"%s","tags":["queue"]}""".formatted(subject, requester, channel, impact, urgency);
        HttpProbe.Reply created = http().post("/api/v1/tickets", agent(), body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json("$.id");
    }

    HttpProbe.Reply list(String token, String query) {
        return http().get("/api/v1/tickets?" + query, token);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Polls the list until the condition holds (the projection trails the commands slightly). */
    HttpProbe.Reply await(String token, String query, Predicate<HttpProbe.Reply> condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        HttpProbe.Reply reply = list(token, query);
        while (!(reply.status() == 200 && condition.test(reply)) && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            reply = list(token, query);
        }
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(condition.test(reply)).as("condition on " + query + ": " + reply).isTrue();
        return reply;
    }

    static Predicate<HttpProbe.Reply> ids(List<String> expected) {
        return reply -> reply.<List<String>>json("$.items[*].id").equals(expected);
    }

    static Predicate<HttpProbe.Reply> statuses(List<String> expected) {
        return reply -> reply.<List<String>>json("$.items[*].status").equals(expected);
    }

    static Predicate<HttpProbe.Reply> total(int expected) {
        return reply -> reply.<Integer>json("$.total") == expected;
    }

    @Test
    void listsFilterSortAndPageByPriorityThenAge() {
        String m = marker();
        String low = open(m + " low", CUSTOMER, "LOW", "LOW", "EMAIL");
        String high = open(m + " high", CUSTOMER, "HIGH", "HIGH", "PHONE");
        String mid = open(m + " mid", CUSTOMER, "MEDIUM", "MEDIUM", "PHONE");
        String high2 = open(m + " high two", CUSTOMER, "HIGH", "HIGH", "PORTAL");

        HttpProbe.Reply all = await(agent(), "q=" + m, ids(List.of(high, high2, mid, low)));
        assertThat(all.<Integer>json("$.total")).isEqualTo(4);
        assertThat(all.<Integer>json("$.page")).isZero();
        assertThat(all.<Integer>json("$.size")).isEqualTo(20);
        assertThat(all.<List<String>>json("$.items[*].priority")).containsExactly("P1", "P1", "P3", "P5");
        assertThat(all.<String>json("$.items[0].status")).isEqualTo("NEW");
        assertThat(all.<String>json("$.items[0].number")).matches("HD-\\d{6}");
        assertThat(all.<String>json("$.items[0].requesterId")).isEqualTo(CUSTOMER);
        assertThat(all.<String>json("$.items[0].channel")).isEqualTo("PHONE");
        assertThat(all.<List<String>>json("$.items[0].tags")).containsExactly("queue");
        assertThat(all.<Integer>json("$.items[0].version")).isEqualTo(1);

        HttpProbe.Reply second = list(agent(), "q=" + m + "&size=3&page=1");
        assertThat(second.<List<String>>json("$.items[*].id")).containsExactly(low);
        assertThat(second.<Integer>json("$.total")).isEqualTo(4);
        assertThat(second.<Integer>json("$.page")).isEqualTo(1);
        assertThat(second.<Integer>json("$.size")).isEqualTo(3);

        assertThat(list(agent(), "q=" + m + "&sort=-createdAt").<List<String>>json("$.items[*].id"))
                .containsExactly(high2, mid, high, low);
        assertThat(list(agent(), "q=" + m + "&priority=P1").<List<String>>json("$.items[*].id"))
                .containsExactly(high, high2);
        assertThat(list(agent(), "q=" + m + "&channel=PHONE").<List<String>>json("$.items[*].id"))
                .containsExactly(high, mid);
        assertThat(list(agent(), "q=" + m + "&type=PROBLEM").<Integer>json("$.total")).isZero();
        assertThat(list(agent(), "q=" + m + "&createdFrom=2000-01-01T00:00:00Z&createdTo=2000-01-02T00:00:00Z")
                .<Integer>json("$.total")).isZero();
        assertThat(list(agent(), "q=" + m + "&createdFrom=2000-01-01T00:00:00Z").<Integer>json("$.total"))
                .isEqualTo(4);
        assertThat(list(agent(), "q=" + m.toUpperCase() + "+HIGH").<List<String>>json("$.items[*].id"))
                .containsExactly(high, high2);
    }

    @Test
    void actionsMoveTicketsBetweenQueuesAndStatusFiltersFollow() {
        String m = marker();
        String agentId = "queue-agent-" + m;
        String token = issuer.agent(agentId, L1);
        String claimed = open(m + " claimed", CUSTOMER, "HIGH", "MEDIUM", "PHONE");
        String resolved = open(m + " resolved", CUSTOMER, "HIGH", "MEDIUM", "PHONE");
        String waiting = open(m + " waiting", CUSTOMER, "HIGH", "MEDIUM", "PHONE");
        assertThat(http().post("/api/v1/tickets/" + claimed + "/claim", token, "{}").status()).isEqualTo(200);
        assertThat(http().post("/api/v1/tickets/" + resolved + "/claim", token, "{}").status()).isEqualTo(200);
        assertThat(http().post("/api/v1/tickets/" + resolved + "/resolution", token,
                "{\"code\":\"FIXED\",\"note\":\"done\"}").status()).isEqualTo(200);
        assertThat(http().post("/api/v1/tickets/" + waiting + "/assignment", token,
                "{\"groupId\":\"" + L1 + "\"}").status()).isEqualTo(200);

        // the projection is eventually consistent: wait until it shows the resolution, not only the claims
        HttpProbe.Reply mine = await(token, "assigneeId=me&q=" + m,
                ids(List.of(claimed, resolved)).and(statuses(List.of("ASSIGNED", "RESOLVED"))));
        assertThat(mine.<List<String>>json("$.items[*].status")).containsExactly("ASSIGNED", "RESOLVED");
        assertThat(mine.<List<String>>json("$.items[*].groupId")).containsExactly(L1, L1);
        await(token, "assigneeId=" + agentId + "&status=ASSIGNED&q=" + m, ids(List.of(claimed)));
        await(token, "status=RESOLVED,ASSIGNED&q=" + m, ids(List.of(claimed, resolved)));
        await(token, "status=RESOLVED&status=NEW&q=" + m, ids(List.of(resolved, waiting)));
        await(token, "groupId=mine&unassigned=true&q=" + m, ids(List.of(waiting)));
        await(token, "groupId=" + L1 + "&q=" + m, total(3));
        await(issuer.agent("someone-else", "network-l2"), "groupId=mine&unassigned=true&q=" + m, total(0));
        HttpProbe.Reply updated = await(token, "sort=-updatedAt&q=" + m, ids(List.of(waiting, resolved, claimed)));
        assertThat(updated.<List<String>>json("$.items[*].id")).containsExactly(waiting, resolved, claimed);
    }

    @Test
    void customersSeeOnlyTheirOwnTickets() {
        String m = marker();
        String own = open(m + " own", CUSTOMER, "LOW", "LOW", "PORTAL");
        String other = open(m + " other", OTHER_CUSTOMER, "LOW", "LOW", "PORTAL");
        String customer = issuer.customer("queue-customer", CUSTOMER);

        await(agent(), "q=" + m, total(2));
        await(customer, "q=" + m, ids(List.of(own)));
        assertThat(list(customer, "q=" + m + "&requesterId=" + CUSTOMER).<List<String>>json("$.items[*].id"))
                .containsExactly(own);
        HttpProbe.Reply foreign = list(customer, "q=" + m + "&requesterId=" + OTHER_CUSTOMER);
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(foreign.body()).doesNotContain(other);
        await(agent(), "requesterId=" + OTHER_CUSTOMER + "&q=" + m, ids(List.of(other)));
        assertThat(list(issuer.integration("queue-integration"), "q=" + m).status()).isEqualTo(200);
    }

    @Test
    void searchTextIsLiteralAndCaseInsensitive() {
        String m = marker();
        String odd = open(m + " printer (3rd floor) [x]*+?", CUSTOMER, "LOW", "LOW", "EMAIL");
        open(m + " printer 3rd floor", CUSTOMER, "LOW", "LOW", "EMAIL");

        await(agent(), "q=" + m, total(2));
        assertThat(list(agent(), "q=" + encode(m + " PRINTER (3rd")).<List<String>>json("$.items[*].id"))
                .containsExactly(odd);
        assertThat(list(agent(), "q=" + encode(m + " printer (")).<List<String>>json("$.items[*].id"))
                .containsExactly(odd);
        assertThat(list(agent(), "q=" + encode("[x]*+?")).<List<String>>json("$.items[*].id")).contains(odd);
        HttpProbe.Reply dot = list(agent(), "q=" + encode(m + " printer .3rd"));
        assertThat(dot.status()).isEqualTo(200);
        assertThat(dot.<Integer>json("$.total")).isZero();
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        Map<String, String> cases = Map.of(
                "status=OPENED", "status",
                "priority=P9", "priority",
                "type=BUG", "type",
                "channel=FAX", "channel",
                "createdFrom=yesterday", "createdFrom",
                "size=101", "size",
                "page=-1", "page",
                "sort=subject", "sort",
                "unassigned=maybe", "unassigned",
                "size=ten", "size");
        cases.forEach((query, field) -> {
            HttpProbe.Reply reply = list(agent(), query);
            assertThat(reply.status()).as(query + ": " + reply).isEqualTo(400);
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(reply.<List<String>>json("$.errors[*].field")).as(query).containsExactly(field);
        });
        assertThat(http().get("/api/v1/tickets", null).status()).isEqualTo(401);
    }
}
