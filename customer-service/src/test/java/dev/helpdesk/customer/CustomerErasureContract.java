package dev.helpdesk.customer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.customer.CustomerEventTypes;
import dev.helpdesk.contracts.customer.CustomerUpdated;
import dev.helpdesk.customer.api.CustomerErased;
import dev.helpdesk.customer.directory.CustomerDirectory;
import dev.helpdesk.customer.directory.CustomerView;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.ServiceEdgeContract;
import dev.helpdesk.testsupport.TopicProbe;
import io.cloudevents.CloudEvent;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * GDPR erasure of a customer (issue 6, item 1) over HTTP with real tokens, on a real MongoDB-wire
 * server and a real Kafka broker: afterwards nothing personal is served by any endpoint, by the
 * event-reading fallback or by a directory rebuilt from the events; the stored events hold no name
 * or address in clear; the erasure is on record; the address is free again; only admins erase.
 */
abstract class CustomerErasureContract extends ServiceEdgeContract {

    private static final String CUSTOMERS = "/api/v1/customers";
    private static final String EXAMPLE_CORP = "0a000000-0000-4000-8000-000000000001";
    private static final String DANA = "c0000000-0000-4000-8000-000000000001";
    private static final String REASON = "GDPR request 2026-0042";
    private static final Duration SOON = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Autowired
    private MongoDatabase customerDatabase;

    @Autowired
    private MongoTemplate axonMongoTemplate;

    @Autowired
    private EventProcessingConfiguration processing;

    @Autowired
    private CustomerDirectory directory;

    @Autowired
    private EventStore eventStore;

    private String admin() {
        return issuer.admin("demo-admin");
    }

    private String agent() {
        return issuer.agent("demo-agent", "service-desk-l1");
    }

    /** A customer with a name, two addresses and a phone, changed once, so that two events hold personal data. */
    private record Person(String id, String surname, String email, String otherEmail, String phone) {

        List<String> personal() {
            return List.of(surname, email, otherEmail, email.substring(0, email.indexOf('@')), phone);
        }
    }

    private Person registered() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Person person = new Person(null, "Eraseme" + tag, "erin-" + tag + "@example.com",
                "e.eraseme-" + tag + "@example.org", "98765" + tag.substring(0, 3).replaceAll("[a-f]", "1"));
        HttpProbe.Reply created = http().post(CUSTOMERS, admin(), """
                {"name":"Erin %s","emails":["%s"],"phone":"+49 30 %s","organizationId":"%s","tier":"gold",
                 "locale":"de","timeZone":"Europe/Berlin"}""".formatted(person.surname(), person.email(),
                person.phone(), EXAMPLE_CORP));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json("$.id");
        HttpProbe.Reply changed = http().patch(CUSTOMERS + "/" + id, admin(), """
                {"emails":["%s","%s"],"vip":true}""".formatted(person.email(), person.otherEmail()), Map.of());
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        await().atMost(SOON).until(() -> http().get(CUSTOMERS + "?email=" + person.otherEmail(), agent())
                .<Integer>json("$.total") == 1);
        return new Person(id, person.surname(), person.email(), person.otherEmail(), person.phone());
    }

    private HttpProbe.Reply erase(String id, String token, String body) {
        return http().post(CUSTOMERS + "/" + id + "/erasure", token, body);
    }

    private static void assertNothingPersonal(String served, Person person) {
        assertThat(served).doesNotContain(person.personal());
    }

    @Test
    void anErasedCustomerIsServedWithoutPersonalDataAnywhereAndTheErasureIsOnRecord() {
        Person person = registered();
        String one = CUSTOMERS + "/" + person.id();
        Instant before = Instant.now();

        HttpProbe.Reply erased = erase(person.id(), admin(), "{\"reason\":\"%s\"}".formatted(REASON));

        assertThat(erased.status()).as(erased.toString()).isEqualTo(200);
        assertNothingPersonal(erased.body(), person);
        assertThat(erased.<String>json("$.name")).isEqualTo("Erased customer");
        assertThat(erased.<List<String>>json("$.emails")).isEmpty();
        assertThat(erased.<Object>json("$.phone")).isNull();
        assertThat(erased.<Boolean>json("$.active")).isFalse();
        assertThat(erased.<Boolean>json("$.vip")).isTrue();
        assertThat(erased.<String>json("$.tier")).isEqualTo("gold");
        assertThat(erased.<String>json("$.erasure.erasedBy")).isEqualTo("demo-admin");
        assertThat(erased.<String>json("$.erasure.reason")).isEqualTo(REASON);
        assertThat(Instant.parse(erased.json("$.erasure.erasedAt"))).isAfterOrEqualTo(before.minusSeconds(1));
        assertThat(erased.header("ETag")).isEqualTo("\"3\"");

        // every customer-service endpoint, once the directory has the erasure
        await().atMost(SOON).until(() -> http().get(one, agent()).<Integer>json("$.version") == 3);
        HttpProbe.Reply read = http().get(one, agent());
        assertNothingPersonal(read.body(), person);
        assertThat(read.<String>json("$.erasure.reason")).isEqualTo(REASON);
        assertThat(read.<List<String>>json("$.emails")).isEmpty();
        for (String list : List.of("?email=" + person.email(), "?email=" + person.otherEmail(),
                "?q=" + person.surname(), "?q=" + person.email(), "?organizationId=" + EXAMPLE_CORP + "&size=100",
                "?active=false&size=100", "?vip=true&size=100")) {
            HttpProbe.Reply listed = http().get(CUSTOMERS + list, agent());
            assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
            assertNothingPersonal(listed.body(), person);
        }
        assertThat(http().get(CUSTOMERS + "?email=" + person.email(), agent()).<Integer>json("$.total")).isZero();
        assertThat(http().get(CUSTOMERS + "?q=" + person.surname(), agent()).<Integer>json("$.total")).isZero();
        assertThat(http().get(CUSTOMERS + "?organizationId=" + EXAMPLE_CORP + "&size=100", agent())
                .<List<String>>json("$.items[*].id")).contains(person.id());
        assertNothingPersonal(http().get(one + "/assets", agent()).body(), person);
        assertNothingPersonal(http().get(one, issuer.customer("portal", person.id())).body(), person);

        // the stored events: nothing in clear, the erasure itself recorded with who and why
        List<Document> stored = axonMongoTemplate.eventCollection()
                .find(Filters.eq("aggregateIdentifier", person.id())).into(new ArrayList<>());
        assertThat(stored).hasSize(3);
        stored.forEach(event -> assertNothingPersonal(event.toJson(), person));
        Document erasure = stored.stream().filter(event -> CustomerErased.class.getName()
                .equals(event.getString("payloadType"))).findFirst().orElseThrow();
        assertThat(erasure.toJson()).contains("demo-admin", REASON);
        assertThat(erasure.get("timestamp")).isNotNull();

        // the address is free for someone else
        HttpProbe.Reply again = http().post(CUSTOMERS, admin(),
                "{\"name\":\"Someone Else\",\"emails\":[\"%s\"]}".formatted(person.email().toUpperCase()));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
    }

    @Test
    void theEventReadingFallbackAndARebuiltDirectoryServeNothingPersonal() {
        Person person = registered();
        assertThat(erase(person.id(), admin(), "{\"reason\":\"%s\"}".formatted(REASON)).status()).isEqualTo(200);
        String one = CUSTOMERS + "/" + person.id();
        await().atMost(SOON).until(() -> http().get(one, agent()).<Integer>json("$.version") == 3);

        // without its directory document, the record is folded from its events
        customerDatabase.getCollection("customers").deleteOne(Filters.eq("_id", person.id()));
        HttpProbe.Reply folded = http().get(one, agent());
        assertThat(folded.status()).as(folded.toString()).isEqualTo(200);
        assertNothingPersonal(folded.body(), person);
        assertThat(folded.<String>json("$.name")).isEqualTo("Erased customer");
        assertThat(folded.<String>json("$.erasure.erasedBy")).isEqualTo("demo-admin");
        assertThat(folded.<Integer>json("$.version")).isEqualTo(3);

        // what any replay reads: every event of the customer, as stored, without the personal data
        List<Object> replayed = eventStore.readEvents(person.id()).asStream().map(message -> message.getPayload())
                .map(Object.class::cast).toList();
        assertThat(replayed).hasSize(3);
        replayed.forEach(event -> assertNothingPersonal(event.toString(), person));
        assertThat(replayed.get(0).toString()).contains("Erased customer", "gold");

        // the directory rebuilt from every event, from the first
        TrackingEventProcessor projection = processing.eventProcessor("customer-directory",
                TrackingEventProcessor.class).orElseThrow();
        projection.shutDown();
        axonMongoTemplate.trackingTokensCollection().deleteMany(Filters.eq("processorName", "customer-directory"));
        customerDatabase.getCollection("customers").deleteMany(new Document());
        projection.start();

        await().atMost(SOON).until(() -> directory.customer(person.id()).map(CustomerView::version).orElse(0L) == 3
                && directory.customer(DANA).isPresent());
        CustomerView rebuilt = directory.customer(person.id()).orElseThrow();
        assertNothingPersonal(rebuilt.toString(), person);
        assertThat(rebuilt.name()).isEqualTo("Erased customer");
        assertThat(rebuilt.emails()).isEmpty();
        assertThat(rebuilt.phone()).isNull();
        assertThat(rebuilt.active()).isFalse();
        assertThat(rebuilt.erasure().reason()).isEqualTo(REASON);
        assertThat(directory.customer(DANA).map(CustomerView::name)).as("others still read in full")
                .isEqualTo(Optional.of("Dana Miller"));
        assertThat(directory.customers(new CustomerDirectory.Filter(person.email(), null, null, null, null), 0, 10)
                .total()).isZero();
        customerDatabase.getCollection("customers").find().forEach(document ->
                assertNothingPersonal(document.toJson(), person));
    }

    @Test
    void theErasureIsPublishedAsAnUpdateThatDeactivatesTheCustomerWithoutPersonalData() {
        Person person = registered();
        assertThat(erase(person.id(), admin(), "{\"reason\":\"%s\"}".formatted(REASON)).status()).isEqualTo(200);

        byte[] key = person.id().getBytes(StandardCharsets.UTF_8);
        List<CloudEvent> events;
        try (TopicProbe kafka = new TopicProbe(bootstrapServers)) {
            await().atMost(SOON).until(() -> kafka.everythingOn(Topics.CUSTOMERS).stream()
                    .filter(record -> Arrays.equals(record.key(), key)).count() == 3);
            events = kafka.everythingOn(Topics.CUSTOMERS).stream().filter(record -> Arrays.equals(record.key(), key))
                    .map(record -> {
                        assertNothingPersonal(new String(record.value(), StandardCharsets.UTF_8), person);
                        return CODEC.decode(record.value());
                    }).toList();
        }
        CloudEvent last = events.get(2);
        assertThat(last.getType()).isEqualTo(CustomerEventTypes.UPDATED);
        assertThat(CloudEventCodec.sequenceOf(last)).isEqualTo(3L);
        CustomerUpdated update = CODEC.dataOf(last, CustomerUpdated.class);
        assertThat(update.active()).as("the ticket service refuses new tickets for an inactive requester").isFalse();
        assertThat(update.vip()).isTrue();
        assertThat(update.changed()).containsExactly("name", "emails", "phone", "active", "erasure");
    }

    @Test
    void anErasedCustomerIsClosedAndErasingAgainRecordsNothing() {
        Person person = registered();
        String one = CUSTOMERS + "/" + person.id();
        assertThat(erase(person.id(), admin(), "{\"reason\":\"%s\"}".formatted(REASON)).status()).isEqualTo(200);

        HttpProbe.Reply again = erase(person.id(), admin(), "{\"reason\":\"asked twice\"}");
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.header("ETag")).isEqualTo("\"3\"");
        assertThat(again.<String>json("$.erasure.reason")).isEqualTo(REASON);

        HttpProbe.Reply change = http().patch(one, admin(), "{\"name\":\"Erin Back\"}", Map.of());
        assertThat(change.status()).as(change.toString()).isEqualTo(409);
        assertThat(change.contentType()).startsWith("application/problem+json");
        assertThat(change.<String>json("$.currentStatus")).isEqualTo("ERASED");
        HttpProbe.Reply reclaim = http().patch(one, admin(), "{\"emails\":[\"%s\"]}".formatted(person.email()),
                Map.of());
        assertThat(reclaim.status()).isEqualTo(409);
        assertThat(http().post(one + "/assets", admin(), "{\"type\":\"LAPTOP\",\"serial\":\"S-1\"}").status())
                .isEqualTo(409);
        // the refused change claimed the address for an instant only: it is free again
        assertThat(http().post(CUSTOMERS, admin(), "{\"name\":\"New Owner\",\"emails\":[\"%s\"]}"
                .formatted(person.email())).status()).isEqualTo(201);
        assertThat(axonMongoTemplate.eventCollection().countDocuments(Filters.eq("aggregateIdentifier", person.id())))
                .isEqualTo(3);
    }

    @Test
    void onlyAnAdminErasesAndBadRequestsChangeNothing() {
        Person person = registered();
        String body = "{\"reason\":\"%s\"}".formatted(REASON);

        assertThat(erase(person.id(), agent(), body).status()).isEqualTo(403);
        assertThat(erase(person.id(), issuer.supervisor("demo-supervisor"), body).status()).isEqualTo(403);
        assertThat(erase(person.id(), issuer.integration("demo-integration"), body).status()).isEqualTo(403);
        HttpProbe.Reply self = erase(person.id(), issuer.customer("portal", person.id()), body);
        assertThat(self.status()).as("a customer asks staff, who verify and erase").isEqualTo(403);
        assertThat(self.contentType()).startsWith("application/problem+json");
        assertThat(erase(person.id(), null, body).status()).isEqualTo(401);

        HttpProbe.Reply blank = erase(person.id(), admin(), "{\"reason\":\"  \"}");
        assertThat(blank.status()).as(blank.toString()).isEqualTo(400);
        assertThat(blank.<List<String>>json("$.errors[*].field")).containsExactly("reason");
        assertThat(erase(person.id(), admin(), "{}").status()).isEqualTo(400);
        assertThat(erase(person.id(), admin(), "{\"reason\":").status()).isEqualTo(400);
        assertThat(erase(person.id(), admin(), "{\"reason\":\"%s\"}".formatted("x".repeat(501))).status())
                .isEqualTo(400);
        HttpProbe.Reply unknown = erase(UUID.randomUUID().toString(), admin(), body);
        assertThat(unknown.status()).as(unknown.toString()).isEqualTo(404);
        assertThat(erase(EXAMPLE_CORP, admin(), body).status()).as("an organisation is no customer").isEqualTo(404);

        HttpProbe.Reply untouched = http().get(CUSTOMERS + "/" + person.id(), agent());
        assertThat(untouched.<String>json("$.name")).isEqualTo("Erin " + person.surname());
        assertThat(untouched.<Object>json("$.erasure")).isNull();
        assertThat(untouched.<Integer>json("$.version")).isEqualTo(2);
        assertThat(http().get(CUSTOMERS + "?email=" + person.email(), agent()).<Integer>json("$.total")).isEqualTo(1);
    }
}
