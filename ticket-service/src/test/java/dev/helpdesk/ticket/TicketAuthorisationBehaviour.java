package dev.helpdesk.ticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Who may do what (DESIGN.md section 6), enforced by the ticket service itself: one row per
 * role and action, on a fresh ticket of customer 1 in the Service Desk L1 queue.
 */
@DirtiesContext
abstract class TicketAuthorisationBehaviour {

    static final String L1 = "service-desk-l1";
    static final String L2 = "desktop-support-l2";

    @LocalServerPort
    int port;

    @Autowired
    TestIssuer issuer;

    enum Who {
        CUSTOMER(issuer -> issuer.customer("demo-customer", TicketServiceBehaviour.CUSTOMER)),
        OTHER_CUSTOMER(issuer -> issuer.customer("demo-customer-2", TicketServiceBehaviour.OTHER_CUSTOMER)),
        AGENT_OF_THE_GROUP(issuer -> issuer.agent("demo-agent", L1)),
        AGENT_OF_ANOTHER_GROUP(issuer -> issuer.agent("demo-agent-l2", L2)),
        SUPERVISOR(issuer -> issuer.supervisor("demo-supervisor", L1, L2)),
        ADMIN(issuer -> issuer.admin("demo-admin")),
        INTEGRATION(issuer -> issuer.integration("demo-integration"));

        final Function<TestIssuer, String> token;

        Who(Function<TestIssuer, String> token) {
            this.token = token;
        }
    }

    static Stream<Arguments> table() {
        return Stream.of(
                row(Who.CUSTOMER, "GET", "", null, 200),
                row(Who.OTHER_CUSTOMER, "GET", "", null, 404),
                row(Who.AGENT_OF_ANOTHER_GROUP, "GET", "", null, 200),
                row(Who.INTEGRATION, "GET", "", null, 200),
                row(Who.OTHER_CUSTOMER, "GET", "/history", null, 404),
                row(Who.ADMIN, "GET", "/history", null, 200),

                row(Who.CUSTOMER, "POST", "/comments", "{\"body\":\"any news?\",\"visibility\":\"PUBLIC\"}", 200),
                row(Who.OTHER_CUSTOMER, "POST", "/comments", "{\"body\":\"hi\",\"visibility\":\"PUBLIC\"}", 404),
                row(Who.AGENT_OF_THE_GROUP, "POST", "/comments", "{\"body\":\"on it\",\"visibility\":\"INTERNAL\"}", 200),
                row(Who.AGENT_OF_ANOTHER_GROUP, "POST", "/comments", "{\"body\":\"hi\",\"visibility\":\"PUBLIC\"}", 403),
                row(Who.INTEGRATION, "POST", "/comments", "{\"body\":\"hi\",\"visibility\":\"PUBLIC\"}", 403),

                row(Who.CUSTOMER, "POST", "/priority", "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}", 403),
                row(Who.AGENT_OF_THE_GROUP, "POST", "/priority", "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}", 200),
                row(Who.AGENT_OF_ANOTHER_GROUP, "POST", "/priority", "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}", 403),
                row(Who.SUPERVISOR, "POST", "/priority", "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}", 200),
                row(Who.INTEGRATION, "POST", "/priority", "{\"impact\":\"HIGH\",\"urgency\":\"HIGH\"}", 403),

                row(Who.CUSTOMER, "POST", "/claim", "{}", 403),
                row(Who.AGENT_OF_THE_GROUP, "POST", "/claim", "{}", 200),
                row(Who.AGENT_OF_ANOTHER_GROUP, "POST", "/claim", "{}", 409),
                row(Who.SUPERVISOR, "POST", "/claim", "{}", 200),
                row(Who.ADMIN, "POST", "/claim", "{}", 403),

                row(Who.AGENT_OF_THE_GROUP, "POST", "/assignment", "{\"groupId\":\"" + L2 + "\"}", 403),
                row(Who.SUPERVISOR, "POST", "/assignment", "{\"groupId\":\"" + L2 + "\"}", 200),
                row(Who.ADMIN, "POST", "/assignment", "{\"groupId\":\"" + L2 + "\"}", 200),

                row(Who.CUSTOMER, "POST", "/resolution", "{\"code\":\"FIXED\",\"note\":\"x\"}", 403),
                row(Who.AGENT_OF_THE_GROUP, "POST", "/resolution", "{\"code\":\"FIXED\",\"note\":\"x\"}", 200),
                row(Who.AGENT_OF_ANOTHER_GROUP, "POST", "/resolution", "{\"code\":\"FIXED\",\"note\":\"x\"}", 403),
                row(Who.CUSTOMER, "POST", "/cancel", "{\"reason\":\"x\"}", 403),
                row(Who.AGENT_OF_THE_GROUP, "POST", "/cancel", "{\"reason\":\"x\"}", 200),

                row(Who.CUSTOMER, "POST", "/satisfaction", "{\"rating\":5}", 409),
                row(Who.OTHER_CUSTOMER, "POST", "/satisfaction", "{\"rating\":5}", 404),
                row(Who.AGENT_OF_THE_GROUP, "POST", "/satisfaction", "{\"rating\":5}", 403),

                row(Who.CUSTOMER, "PATCH", "", "{\"subject\":\"new\"}", 403),
                row(Who.AGENT_OF_THE_GROUP, "PATCH", "", "{\"subject\":\"new\"}", 200),
                row(Who.AGENT_OF_THE_GROUP, "PATCH", "", "{\"status\":\"CLOSED\"}", 400));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {4}")
    @MethodSource("table")
    void eachRoleMayDoWhatItsRoleAllows(Who who, String method, String action, String body, int expected) {
        HttpProbe http = HttpProbe.onLocalPort(port);
        String agent = Who.AGENT_OF_THE_GROUP.token.apply(issuer);
        String id = http.post("/api/v1/tickets", agent, TicketServiceBehaviour.VALID_BODY).json("$.id");
        assertThat(http.post("/api/v1/tickets/" + id + "/assignment", agent, "{\"groupId\":\"" + L1 + "\"}").status())
                .isEqualTo(200);
        String token = who.token.apply(issuer);
        String path = "/api/v1/tickets/" + id + action;

        HttpProbe.Reply reply = switch (method) {
            case "GET" -> http.get(path, token);
            case "PATCH" -> http.patch(path, token, body, java.util.Map.of());
            default -> http.post(path, token, body);
        };

        assertThat(reply.status()).as(reply.toString()).isEqualTo(expected);
        if (expected >= 400) {
            assertThat(reply.contentType()).startsWith("application/problem+json");
            assertThat(http.get("/api/v1/tickets/" + id, agent).<Integer>json("$.version")).isEqualTo(2);
        }
    }

    private static Arguments row(Who who, String method, String action, String body, int expected) {
        return Arguments.of(who, method, action, body, expected);
    }
}
