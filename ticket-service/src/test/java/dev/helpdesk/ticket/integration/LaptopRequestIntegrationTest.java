package dev.helpdesk.ticket.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.ticket.ResolvedAsset;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicReader;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Issue 6 item 2 on the ticket side (D90), over HTTP on the real broker: a fulfilled laptop request
 * names the laptop it handed over, which the resolved event carries to the customer service (whose
 * {@code TicketAssetsIntegrationTest} records exactly such an event on the requester); without it
 * the resolution is a 400 naming {@code asset} that changes nothing.
 */
@OnEmbeddedInfrastructure
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class LaptopRequestIntegrationTest {

    private static final String REQUESTER = "c0000000-0000-4000-8000-000000000001";
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    @LocalServerPort
    private int port;

    @Autowired
    private TestIssuer issuer;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private String agent() {
        return issuer.agent("demo-agent", "service-desk-l1");
    }

    @Test
    void aFulfilledLaptopRequestPublishesTheLaptopHandedOverToItsRequester() {
        HttpProbe http = HttpProbe.onLocalPort(port);
        HttpProbe.Reply opened = http.post("/api/v1/tickets", agent(), """
                {"type":"SERVICE_REQUEST","subject":"New laptop for Dana","description":"Replacement, 4 years old",
                 "requesterId":"%s","channel":"PORTAL","category":"hardware/laptop","impact":"LOW",
                 "urgency":"MEDIUM","tags":["laptop"]}""".formatted(REQUESTER));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        String id = opened.json("$.id");

        HttpProbe.Reply withoutLaptop = http.post("/api/v1/tickets/" + id + "/resolution", agent(),
                "{\"code\":\"REQUEST_FULFILLED\",\"note\":\"Handed over\"}");
        assertThat(withoutLaptop.status()).as(withoutLaptop.toString()).isEqualTo(400);
        assertThat(withoutLaptop.<List<String>>json("$.errors[*].field")).containsExactly("asset");
        HttpProbe.Reply noSerial = http.post("/api/v1/tickets/" + id + "/resolution", agent(),
                "{\"code\":\"REQUEST_FULFILLED\",\"note\":\"Handed over\",\"asset\":{\"type\":\"LAPTOP\"}}");
        assertThat(noSerial.<List<String>>json("$.errors[*].field")).containsExactly("asset.serial");
        HttpProbe.Reply unknownField = http.post("/api/v1/tickets/" + id + "/resolution", agent(),
                "{\"code\":\"REQUEST_FULFILLED\",\"note\":\"x\",\"asset\":{\"type\":\"LAPTOP\",\"colour\":\"red\"}}");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(http.get("/api/v1/tickets/" + id, agent()).<String>json("$.status")).isEqualTo("NEW");

        HttpProbe.Reply resolved = http.post("/api/v1/tickets/" + id + "/resolution", agent(), """
                {"code":"REQUEST_FULFILLED","note":"Handed over the new laptop",
                 "asset":{"type":"laptop","model":"ThinkPad T14 Gen 5","serial":"PF4ABCDE","assetTag":"IT-0107"}}""");

        assertThat(resolved.status()).as(resolved.toString()).isEqualTo(200);
        assertThat(resolved.<String>json("$.status")).isEqualTo("RESOLVED");
        String assetId = resolved.json("$.resolution.asset.id");
        assertThat(assetId).isNotBlank();
        assertThat(resolved.<String>json("$.resolution.asset.type")).isEqualTo("LAPTOP");
        assertThat(resolved.<String>json("$.resolution.asset.assetTag")).isEqualTo("IT-0107");

        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(bootstrapServers, Topics.TICKETS,
                id, found -> found.size() >= 2, Duration.ofSeconds(30));
        CloudEvent last = CODEC.decode(records.get(records.size() - 1).value());
        assertThat(last.getType()).isEqualTo(TicketEventTypes.RESOLVED);
        assertThat(CODEC.dataOf(last, TicketResolved.class).asset()).isEqualTo(new ResolvedAsset(assetId, REQUESTER,
                "LAPTOP", "ThinkPad T14 Gen 5", "PF4ABCDE", "IT-0107"));
    }
}
