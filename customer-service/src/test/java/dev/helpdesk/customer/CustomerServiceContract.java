package dev.helpdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.customer.CustomerEventTypes;
import dev.helpdesk.contracts.customer.CustomerRegistered;
import dev.helpdesk.contracts.customer.CustomerUpdated;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import dev.helpdesk.testsupport.TopicProbe;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * The customer directory of issue #6 item 1 over HTTP with real tokens, on a real MongoDB-wire
 * server and a real Kafka broker: who may read and change what, unique addresses, bad input as
 * problems that change nothing, and the shared profile on {@code helpdesk.customers.v1}.
 */
abstract class CustomerServiceContract extends ServiceEdgeContract {

    private static final String CUSTOMERS = "/api/v1/customers";
    private static final String ORGANIZATIONS = "/api/v1/organizations";
    private static final String DANA = "c0000000-0000-4000-8000-000000000001";
    private static final String EXAMPLE_CORP = "0a000000-0000-4000-8000-000000000001";
    private static final Duration SOON = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Override
    protected String protectedPath() {
        return CUSTOMERS;
    }

    private String admin() {
        return issuer.admin("demo-admin");
    }

    private String agent() {
        return issuer.agent("demo-agent", "service-desk-l1");
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    private HttpProbe.Reply awaitCustomer(String id, String token) {
        await().atMost(SOON).pollInterval(Duration.ofMillis(50)).until(() ->
                http().get(CUSTOMERS + "/" + id, token).status() == 200);
        return http().get(CUSTOMERS + "/" + id, token);
    }

    @Test
    void theDemoDirectoryIsSeededForTheDemoClients() {
        HttpProbe.Reply dana = awaitCustomer(DANA, agent());

        assertThat(dana.<String>json("$.name")).isEqualTo("Dana Miller");
        assertThat(dana.<String>json("$.organizationId")).isEqualTo(EXAMPLE_CORP);
        assertThat(dana.header("ETag")).isEqualTo("\"1\"");
        await().atMost(SOON).until(() -> http().get(ORGANIZATIONS, agent()).<List<String>>json("$.items[*].id")
                .contains(EXAMPLE_CORP));
    }

    @Test
    void anAdminRegistersACustomerWhoseRecordIsServedAndChangedWithItsVersion() {
        String email = unique("lea");
        HttpProbe.Reply created = http().post(CUSTOMERS, admin(), """
                {"name":"Lea Wagner","emails":["%s"],"organizationId":"%s","locale":"de","timeZone":"Europe/Berlin",
                 "tier":"gold"}""".formatted(email, EXAMPLE_CORP));

        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        assertThat(created.header("Location")).isEqualTo(CUSTOMERS + "/" + id);
        assertThat(created.<Boolean>json("$.vip")).isFalse();
        assertThat(created.<Boolean>json("$.active")).isTrue();
        assertThat(created.<Integer>json("$.version")).isEqualTo(1);
        HttpProbe.Reply readAtOnce = http().get(CUSTOMERS + "/" + id, agent());
        assertThat(readAtOnce.status()).as("readable as soon as registered: " + readAtOnce).isEqualTo(200);
        assertThat(readAtOnce.<String>json("$.tier")).isEqualTo("gold");
        assertThat(readAtOnce.<String>json("$.createdAt")).isEqualTo(created.<String>json("$.createdAt"));

        HttpProbe.Reply changed = http().patch(CUSTOMERS + "/" + id, admin(), "{\"vip\":true,\"tier\":null}",
                Map.of("If-Match", "\"1\""));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.<Boolean>json("$.vip")).isTrue();
        assertThat(changed.<Object>json("$.tier")).isNull();
        assertThat(changed.<String>json("$.name")).isEqualTo("Lea Wagner");
        assertThat(changed.header("ETag")).isEqualTo("\"2\"");

        HttpProbe.Reply stale = http().patch(CUSTOMERS + "/" + id, admin(), "{\"vip\":false}",
                Map.of("If-Match", "\"1\""));
        assertThat(stale.status()).as(stale.toString()).isEqualTo(412);
        await().atMost(SOON).until(() -> http().get(CUSTOMERS + "/" + id, agent()).<Integer>json("$.version") == 2);
        assertThat(http().get(CUSTOMERS + "?email=" + email.toUpperCase(), agent()).<List<String>>json("$.items[*].id"))
                .containsExactly(id);
    }

    @Test
    void anAddressBelongsToOneCustomerIgnoringCaseAndIsFreeAgainOnceDropped() {
        String email = unique("sam");
        String first = http().post(CUSTOMERS, admin(), "{\"name\":\"Sam\",\"emails\":[\"%s\"]}".formatted(email))
                .json("$.id");

        HttpProbe.Reply taken = http().post(CUSTOMERS, admin(),
                "{\"name\":\"Other Sam\",\"emails\":[\"%s\"]}".formatted(email.toUpperCase()));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.<List<String>>json("$.errors[*].field")).containsExactly("emails");

        String other = unique("sam-new");
        assertThat(http().patch(CUSTOMERS + "/" + first, admin(), "{\"emails\":[\"%s\"]}".formatted(other), Map.of())
                .status()).isEqualTo(200);
        HttpProbe.Reply reused = http().post(CUSTOMERS, admin(),
                "{\"name\":\"Other Sam\",\"emails\":[\"%s\"]}".formatted(email));
        assertThat(reused.status()).as(reused.toString()).isEqualTo(201);
    }

    @Test
    void badInputIsAProblemNamingTheFieldsAndStoresNothing() {
        String email = unique("bad");
        HttpProbe.Reply bad = http().post(CUSTOMERS, admin(), """
                {"name":"","emails":["%s","not-an-address"],"locale":"fr","timeZone":"Mars/Base"}""".formatted(email));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.<List<String>>json("$.errors[*].field"))
                .containsExactlyInAnyOrder("name", "emails[1]", "locale", "timeZone");

        HttpProbe.Reply unknownOrganization = http().post(CUSTOMERS, admin(),
                "{\"name\":\"Kim\",\"emails\":[\"%s\"],\"organizationId\":\"nope\"}".formatted(email));
        assertThat(unknownOrganization.status()).isEqualTo(400);
        assertThat(unknownOrganization.<List<String>>json("$.errors[*].field")).containsExactly("organizationId");

        // the address was never taken: nothing of the refused requests was kept
        assertThat(http().post(CUSTOMERS, admin(), "{\"name\":\"Kim\",\"emails\":[\"%s\"]}".formatted(email))
                .status()).isEqualTo(201);
        assertThat(http().patch(CUSTOMERS + "/" + DANA, admin(), "{\"shoeSize\":42}", Map.of()).status())
                .isEqualTo(400);
        assertThat(http().patch(CUSTOMERS + "/" + DANA, admin(), "{\"vip\":\"yes\"}", Map.of()).status())
                .isEqualTo(400);
        assertThat(http().patch(CUSTOMERS + "/" + UUID.randomUUID(), admin(), "{\"vip\":true}", Map.of()).status())
                .isEqualTo(404);
        // an organisation's id names no customer either (it used to fail as a 500)
        assertThat(http().patch(CUSTOMERS + "/" + EXAMPLE_CORP, admin(), "{\"vip\":true}",
                Map.of()).status()).isEqualTo(404);
        assertThat(http().get(CUSTOMERS + "?size=0", agent()).status()).isEqualTo(400);
    }

    @Test
    void aCustomerReadsOnlyTheirOwnRecordAndOnlyAnAdminChangesTheDirectory() {
        awaitCustomer(DANA, agent());
        String dana = issuer.customer("demo-customer", DANA);

        assertThat(http().get(CUSTOMERS + "/" + DANA, dana).status()).isEqualTo(200);
        assertThat(http().get(CUSTOMERS + "/c0000000-0000-4000-8000-000000000002", dana).status()).isEqualTo(404);
        assertThat(http().get(CUSTOMERS, dana).status()).isEqualTo(403);
        assertThat(http().get(ORGANIZATIONS, dana).status()).isEqualTo(403);
        assertThat(http().get(CUSTOMERS, issuer.integration("demo-integration")).status()).isEqualTo(200);
        assertThat(http().post(CUSTOMERS, agent(), "{}").status()).isEqualTo(403);
        assertThat(http().patch(CUSTOMERS + "/" + DANA, issuer.supervisor("demo-supervisor"), "{\"vip\":true}",
                Map.of()).status()).isEqualTo(403);
        assertThat(http().post(ORGANIZATIONS, agent(), "{\"name\":\"X\"}").status()).isEqualTo(403);
    }

    @Test
    void anOrganisationIsRegisteredAndCustomersMayBelongToItAtOnce() {
        HttpProbe.Reply created = http().post(ORGANIZATIONS, admin(),
                "{\"name\":\"Acme\",\"domain\":\"ACME.example\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.<String>json("$.domain")).isEqualTo("acme.example");
        String organizationId = created.json("$.id");

        HttpProbe.Reply member = http().post(CUSTOMERS, admin(),
                "{\"name\":\"Ada\",\"emails\":[\"%s\"],\"organizationId\":\"%s\"}".formatted(unique("ada"),
                        organizationId));
        assertThat(member.status()).as(member.toString()).isEqualTo(201);
        assertThat(http().post(ORGANIZATIONS, admin(), "{\"name\":\"\",\"domain\":\"no domain\"}")
                .<List<String>>json("$.errors[*].field")).containsExactlyInAnyOrder("name", "domain");
    }

    @Test
    void anAdminAssignsADeviceWhichStaffAndTheCustomerThemselvesRead() {
        String id = http().post(CUSTOMERS, admin(), "{\"name\":\"Noah\",\"emails\":[\"%s\"]}"
                .formatted(unique("noah"))).json("$.id");
        String assets = CUSTOMERS + "/" + id + "/assets";

        HttpProbe.Reply assigned = http().post(assets, admin(),
                "{\"type\":\"laptop\",\"model\":\"ThinkPad T14\",\"serial\":\"PF3XYZ\",\"assetTag\":\"IT-0042\"}");
        assertThat(assigned.status()).as(assigned.toString()).isEqualTo(201);
        assertThat(assigned.<String>json("$.type")).isEqualTo("LAPTOP");
        assertThat(assigned.header("Location")).isEqualTo(assets + "/" + assigned.json("$.id"));

        await().atMost(SOON).until(() -> http().get(assets, agent()).<Integer>json("$.total") == 1);
        HttpProbe.Reply listed = http().get(assets, agent());
        assertThat(listed.<String>json("$.items[0].assetTag")).isEqualTo("IT-0042");
        assertThat(listed.<String>json("$.items[0].assignedAt")).isEqualTo(assigned.<String>json("$.assignedAt"));
        String self = issuer.customer("portal", id);
        assertThat(http().get(assets, self).status()).isEqualTo(200);
        assertThat(http().get(CUSTOMERS + "/" + DANA + "/assets", self).status()).isEqualTo(404);
        assertThat(http().post(assets, agent(), "{\"type\":\"PHONE\",\"assetTag\":\"T-1\"}").status()).isEqualTo(403);
        assertThat(http().post(assets, admin(), "{\"model\":\"no type\"}").<List<String>>json("$.errors[*].field"))
                .containsExactlyInAnyOrder("type", "serial");
        assertThat(http().post(CUSTOMERS + "/" + UUID.randomUUID() + "/assets", admin(),
                "{\"type\":\"PHONE\",\"assetTag\":\"T-1\"}").status()).isEqualTo(404);
        assertThat(http().post(CUSTOMERS + "/" + EXAMPLE_CORP + "/assets", admin(),
                "{\"type\":\"PHONE\",\"assetTag\":\"T-1\"}").status()).isEqualTo(404);

        // the device is part of the record: its version moved on, and a change names the new one
        await().atMost(SOON).until(() -> "\"2\"".equals(http().get(CUSTOMERS + "/" + id, agent()).header("ETag")));
        assertThat(http().patch(CUSTOMERS + "/" + id, admin(), "{\"tier\":\"gold\"}", Map.of("If-Match", "\"2\""))
                .status()).isEqualTo(200);
    }

    @Test
    void theSharedProfileIsPublishedWithoutPersonalData() {
        String email = unique("pia");
        String id = http().post(CUSTOMERS, admin(), "{\"name\":\"Pia\",\"emails\":[\"%s\"],\"tier\":\"silver\"}"
                .formatted(email)).json("$.id");
        http().patch(CUSTOMERS + "/" + id, admin(), "{\"vip\":true,\"phone\":\"+49 30 1234\"}", Map.of());

        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        List<CloudEvent> events;
        try (TopicProbe kafka = new TopicProbe(bootstrapServers)) {
            await().atMost(SOON).until(() -> kafka.everythingOn(Topics.CUSTOMERS).stream()
                    .filter(record -> Arrays.equals(record.key(), key)).count() == 2);
            events = kafka.everythingOn(Topics.CUSTOMERS).stream().filter(record -> Arrays.equals(record.key(), key))
                    .map(record -> {
                        assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(email, "Pia",
                                "1234");
                        return CODEC.decode(record.value());
                    }).toList();
        }
        assertThat(events).extracting(CloudEvent::getType)
                .containsExactly(CustomerEventTypes.REGISTERED, CustomerEventTypes.UPDATED);
        assertThat(events).extracting(CloudEventCodec::sequenceOf).containsExactly(1L, 2L);
        assertThat(events.get(0).getSource()).hasToString(Sources.CUSTOMER_SERVICE);
        assertThat(events.get(0).getSubject()).isEqualTo(id);
        CustomerRegistered registered = CODEC.dataOf(events.get(0), CustomerRegistered.class);
        assertThat(registered.tier()).isEqualTo("silver");
        assertThat(registered.vip()).isFalse();
        CustomerUpdated updated = CODEC.dataOf(events.get(1), CustomerUpdated.class);
        assertThat(updated.vip()).isTrue();
        assertThat(updated.changed()).containsExactly("phone", "vip");
        assertThat(updated.updatedAt()).isEqualTo(events.get(1).getTime().toInstant());
    }
}
