package dev.helpdesk.ticket.requesters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.customer.CustomerAssetAssigned;
import dev.helpdesk.contracts.customer.CustomerEventTypes;
import dev.helpdesk.contracts.customer.CustomerRegistered;
import dev.helpdesk.contracts.customer.CustomerUpdated;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicProbe;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue #6 item 1 on the ticket side (D43): a ticket for a requester that no customer is, or that
 * is inactive, is a 400 naming {@code requesterId}; what the customer events on the real broker
 * told decides, and a requester they have not told of yet is asked of the customer service (here a
 * small fake on loopback that answers as the real one does). Item 2 (D89): the affected asset must
 * be the requester's, told by the asset events or, failing them, by the customer service.
 */
@OnEmbeddedInfrastructure
@TestPropertySource(properties = "helpdesk.tickets.requesters.check=true")
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class RequesterCheckIntegrationTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec();
    /** What the fake customer service answers, by customer id: a JSON body, or a status without one. */
    private static final Map<String, Object> DIRECTORY = new ConcurrentHashMap<>();
    private static final HttpServer CUSTOMER_SERVICE = fakeCustomerService();

    @LocalServerPort
    private int port;

    @Autowired
    private TestIssuer issuer;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @DynamicPropertySource
    static void customerService(DynamicPropertyRegistry registry) {
        registry.add("helpdesk.tickets.requesters.customer-service-uri",
                () -> "http://127.0.0.1:" + CUSTOMER_SERVICE.getAddress().getPort());
    }

    @AfterAll
    static void stopCustomerService() {
        CUSTOMER_SERVICE.stop(0);
    }

    private HttpProbe.Reply open(String requesterId) {
        return HttpProbe.onLocalPort(port).post("/api/v1/tickets", issuer.agent("demo-agent", "service-desk-l1"), """
                {"type":"INCIDENT","subject":"Mouse broken","description":"It clicks twice","channel":"PHONE",
                 "requesterId":"%s","impact":"LOW","urgency":"LOW","tags":[]}""".formatted(requesterId));
    }

    private HttpProbe.Reply openAbout(String requesterId, String assetId) {
        return HttpProbe.onLocalPort(port).post("/api/v1/tickets", issuer.agent("demo-agent", "service-desk-l1"), """
                {"type":"INCIDENT","subject":"Laptop will not boot","description":"Black screen","channel":"PHONE",
                 "requesterId":"%s","impact":"LOW","urgency":"LOW","tags":[],"affectedAssetId":"%s"}"""
                .formatted(requesterId, assetId));
    }

    private long ticketsOf(String requesterId) {
        return HttpProbe.onLocalPort(port).get("/api/v1/tickets?requesterId=" + requesterId,
                issuer.agent("demo-agent", "service-desk-l1")).<Integer>json("$.total");
    }

    @Test
    void aTicketMayNameAnAssetTheAssetEventsGaveItsRequesterAndNoOneElses() {
        String owner = UUID.randomUUID().toString();
        String other = UUID.randomUUID().toString();
        String laptop = UUID.randomUUID().toString();
        DIRECTORY.put(owner, 500);
        DIRECTORY.put(owner + "/assets", 500); // never asked: the events decide
        DIRECTORY.put(other, 500);
        DIRECTORY.put(other + "/assets", "{\"items\":[],\"page\":0,\"size\":0,\"total\":0}");
        publish(owner, 1, true);
        publish(other, 1, true);
        publishAsset(owner, 2, laptop);
        publishAsset(owner, 2, laptop); // redelivered: the same set

        await().atMost(Duration.ofSeconds(30)).until(() -> openAbout(owner, laptop).status() == 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> open(other).status() == 201);
        await().atMost(Duration.ofSeconds(30)).until(() -> ticketsOf(other) == 1);

        HttpProbe.Reply refused = openAbout(other, laptop);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("affectedAssetId");
        assertThat(refused.<List<String>>json("$.errors[*].message").get(0))
                .isEqualTo("names no asset of the requester");
        assertThat(ticketsOf(other)).as("nothing opened").isEqualTo(1);
    }

    @Test
    void anAssetTheEventsHaveNotToldOfIsAskedOfTheCustomerService() {
        String requester = UUID.randomUUID().toString();
        String justAssigned = UUID.randomUUID().toString();
        DIRECTORY.put(requester, "{\"id\":\"" + requester + "\",\"active\":true}");
        DIRECTORY.put(requester + "/assets", "{\"items\":[{\"id\":\"" + justAssigned
                + "\",\"type\":\"LAPTOP\"}],\"page\":0,\"size\":1,\"total\":1}");

        assertThat(openAbout(requester, justAssigned).status()).isEqualTo(201);
        HttpProbe.Reply unknown = openAbout(requester, UUID.randomUUID().toString());
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.<List<String>>json("$.errors[*].field")).containsExactly("affectedAssetId");

        DIRECTORY.put(requester + "/assets", 500);
        HttpProbe.Reply cannotTell = openAbout(requester, UUID.randomUUID().toString());
        assertThat(cannotTell.status()).as(cannotTell.toString()).isEqualTo(503);
        assertThat(cannotTell.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aRequesterTheCustomerEventsCallActiveMayOpenTicketsAndNotOnceInactive() {
        String requester = UUID.randomUUID().toString();
        DIRECTORY.put(requester, 500); // the customer service is never asked: the events decide
        publish(requester, 1, true);
        await().atMost(Duration.ofSeconds(30)).until(() -> open(requester).status() == 201);

        publish(requester, 2, false);
        await().atMost(Duration.ofSeconds(30)).until(() -> open(requester).status() == 400);
        HttpProbe.Reply refused = open(requester);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.<List<String>>json("$.errors[*].field")).containsExactly("requesterId");
        assertThat(refused.<List<String>>json("$.errors[*].message").get(0)).contains("inactive");

        publish(requester, 1, true); // a late, older event changes nothing
        assertThat(open(requester).status()).isEqualTo(400);
    }

    @Test
    void aRequesterTheEventsHaveNotToldOfIsAskedOfTheCustomerService() {
        String justRegistered = UUID.randomUUID().toString();
        String nobody = UUID.randomUUID().toString();
        String inactive = UUID.randomUUID().toString();
        DIRECTORY.put(justRegistered, "{\"id\":\"" + justRegistered + "\",\"active\":true}");
        DIRECTORY.put(nobody, 404);
        DIRECTORY.put(inactive, "{\"id\":\"" + inactive + "\",\"active\":false}");

        assertThat(open(justRegistered).status()).isEqualTo(201);
        HttpProbe.Reply unknown = open(nobody);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(400);
        assertThat(unknown.<List<String>>json("$.errors[*].message").get(0)).isEqualTo("names no customer");
        assertThat(open(inactive).status()).isEqualTo(400);
    }

    @Test
    void aCustomerServiceThatCannotAnswerIsA503TheClientMayRetry() {
        String requester = UUID.randomUUID().toString();
        DIRECTORY.put(requester, 500);

        HttpProbe.Reply reply = open(requester);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(503);
        assertThat(reply.contentType()).startsWith("application/problem+json");
    }

    @Test
    void aStaffMemberOpeningATicketOnTheirOwnBehalfNeedsNoCustomerRecord() {
        HttpProbe.Reply reply = HttpProbe.onLocalPort(port).post("/api/v1/tickets",
                issuer.supervisor("demo-supervisor", "service-desk-l1"), """
                {"type":"PROBLEM","subject":"Recurring printer jams","description":"Floor 3","channel":"API",
                 "requesterId":"demo-supervisor","impact":"MEDIUM","urgency":"MEDIUM","tags":[]}""");

        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
    }

    private void publish(String customerId, long sequence, boolean active) {
        Instant at = Instant.now();
        Object data = sequence == 1 ? new CustomerRegistered(customerId, null, false, null, active, at)
                : new CustomerUpdated(customerId, null, false, null, active, List.of("active"), at);
        String type = sequence == 1 ? CustomerEventTypes.REGISTERED : CustomerEventTypes.UPDATED;
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CUSTOMERS, customerId, CODEC.encode(
                new OutgoingEvent(UUID.randomUUID().toString(), Sources.CUSTOMER_SERVICE, type, customerId, at,
                        sequence, null, data)));
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try (TopicProbe kafka = new TopicProbe(bootstrapServers)) {
            kafka.send(record);
        }
    }

    private void publishAsset(String customerId, long sequence, String assetId) {
        Instant at = Instant.now();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.CUSTOMERS, customerId, CODEC.encode(
                new OutgoingEvent(UUID.randomUUID().toString(), Sources.CUSTOMER_SERVICE,
                        CustomerEventTypes.ASSET_ASSIGNED, customerId, at, sequence, null,
                        new CustomerAssetAssigned(customerId, assetId, "LAPTOP", "ThinkPad T14", "PF4", null, at))));
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try (TopicProbe kafka = new TopicProbe(bootstrapServers)) {
            kafka.send(record);
        }
    }

    /** Answers {@code /api/v1/customers/<id>} and {@code /api/v1/customers/<id>/assets} from {@link #DIRECTORY}. */
    private static HttpServer fakeCustomerService() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/api/v1/customers/", exchange -> {
                String id = exchange.getRequestURI().getPath().substring("/api/v1/customers/".length());
                Object answer = DIRECTORY.getOrDefault(id, 404);
                byte[] body = answer instanceof String json ? json.getBytes(StandardCharsets.UTF_8) : new byte[0];
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(answer instanceof Integer status ? status : 200,
                        body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return server;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
