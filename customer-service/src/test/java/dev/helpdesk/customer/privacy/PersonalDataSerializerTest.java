package dev.helpdesk.customer.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.customer.api.CustomerChanged;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerRegistered;
import dev.helpdesk.customer.api.OrganizationRegistered;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.serialization.AnnotationRevisionResolver;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Crypto-shredding of the customer events on the in-JVM MongoDB-wire server: personal fields stored
 * sealed and read back; unreadable once the key is deleted; events stored in clear before encryption
 * still read, and read as erased (and are rewritten) once their customer is erased.
 */
class PersonalDataSerializerTest {

    private static final String DANA_ID = "c0000000-0000-4000-8000-0000000000aa";
    private static final CustomerProfile DANA = new CustomerProfile("Dana Miller", List.of("dana@example.com"),
            "+1 555 0100", "org-1", "en", "America/New_York", true, "gold", true);
    private static final List<PersonalFields> CUSTOMER_EVENTS = List.of(
            fields(CustomerRegistered.class), fields(CustomerChanged.class));

    private MongoServer server;
    private MongoClient client;
    private MongoDatabase database;
    private SubjectKeys keys;
    private Serializer plain;
    private PersonalDataSerializer serializer;
    private final ObjectMapper json = new ObjectMapper();

    private static PersonalFields fields(Class<?> type) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        return new PersonalFields(type, "customerId", "profile", Map.of("name",
                nodes.textNode(CustomerProfile.ERASED_NAME), "emails", nodes.arrayNode(), "phone", nodes.nullNode()));
    }

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        InetSocketAddress address = server.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        database = client.getDatabase("privacy-test");
        keys = new SubjectKeys(database);
        plain = JacksonSerializer.builder().objectMapper(json).revisionResolver(new AnnotationRevisionResolver())
                .build();
        serializer = new PersonalDataSerializer(plain, json, keys, CUSTOMER_EVENTS);
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void personalFieldsAreStoredSealedAndReadBackAsGiven() {
        CustomerRegistered registered = new CustomerRegistered(DANA_ID, DANA);

        SerializedObject<String> stored = serializer.serialize(registered, String.class);

        assertThat(stored.getData()).doesNotContain("Dana", "dana@example.com", "555")
                .contains("\"personal\"", "\"organizationId\":\"org-1\"", "\"tier\":\"gold\"");
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(serializer.<String, CustomerRegistered>deserialize(stored)).isEqualTo(registered);
        assertThat(serializer.<byte[], CustomerRegistered>deserialize(serializer.serialize(registered, byte[].class)))
                .isEqualTo(registered);
    }

    @Test
    void onceTheKeyIsDeletedTheEventsReadAsErasedAndTheRestAsStored() {
        SerializedObject<String> registered = serializer.serialize(new CustomerRegistered(DANA_ID, DANA),
                String.class);
        SerializedObject<byte[]> changed = serializer.serialize(new CustomerChanged(DANA_ID, DANA, List.of("vip")),
                byte[].class);

        keys.shred(DANA_ID);
        keys.shred(DANA_ID);

        CustomerProfile erased = new CustomerProfile(CustomerProfile.ERASED_NAME, List.of(), null, "org-1", "en",
                "America/New_York", true, "gold", true);
        assertThat(serializer.<String, CustomerRegistered>deserialize(registered).profile()).isEqualTo(erased);
        assertThat(serializer.<byte[], CustomerChanged>deserialize(changed).profile()).isEqualTo(erased);
        assertThat(keys.isErased(DANA_ID)).isTrue();
        assertThat(keys.forReading(DANA_ID)).isEmpty();
    }

    @Test
    void nothingPersonalIsWrittenForAnErasedCustomerAgain() {
        keys.shred(DANA_ID);

        assertThatThrownBy(() ->
                        serializer.serialize(new CustomerChanged(DANA_ID, DANA, List.of("name")), String.class))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aValueSealedForOneCustomerDoesNotReadAsAnothers() throws Exception {
        String other = "c0000000-0000-4000-8000-0000000000bb";
        keys.forWriting(other);
        JsonNode stored = json.readTree(serializer.serialize(new CustomerRegistered(DANA_ID, DANA), String.class)
                .getData());
        ((ObjectNode) stored).put("customerId", other);

        CustomerRegistered moved = serializer.deserialize(new SimpleSerializedObject<>(stored.toString(), String.class,
                plain.typeForClass(CustomerRegistered.class)));

        assertThat(moved.profile().name()).isEqualTo(CustomerProfile.ERASED_NAME);
        assertThat(moved.profile().emails()).isEmpty();
    }

    @Test
    void eventsStoredInClearBeforeEncryptionReadAsTheyAreUntilTheirCustomerIsErased() {
        CustomerRegistered registered = new CustomerRegistered(DANA_ID, DANA);
        SerializedObject<String> legacy = plain.serialize(registered, String.class);

        assertThat(serializer.<String, CustomerRegistered>deserialize(legacy)).isEqualTo(registered);

        keys.shred(DANA_ID);
        assertThat(serializer.<String, CustomerRegistered>deserialize(legacy).profile().name())
                .isEqualTo(CustomerProfile.ERASED_NAME);
    }

    @Test
    void erasingRewritesTheEventsStoredInClearAndLeavesSealedOnesAlone() {
        DefaultMongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(database).build();
        String legacy = plain.serialize(new CustomerRegistered(DANA_ID, DANA), String.class).getData();
        String sealed = serializer.serialize(new CustomerChanged(DANA_ID, DANA, List.of("vip")), String.class)
                .getData();
        template.eventCollection().insertMany(List.of(
                event(1, CustomerRegistered.class, legacy), event(2, CustomerChanged.class, sealed),
                event(3, OrganizationRegistered.class, "{\"name\":\"Dana Miller GmbH\"}")));

        int rewritten = new ClearEvents(template, json, CUSTOMER_EVENTS).erase(DANA_ID);

        assertThat(rewritten).isEqualTo(1);
        List<String> payloads = template.eventCollection().find().sort(new Document("sequenceNumber", 1))
                .map(stored -> stored.getString("serializedPayload")).into(new ArrayList<>());
        assertThat(payloads.get(0)).doesNotContain("Dana", "dana@example.com", "555")
                .contains(CustomerProfile.ERASED_NAME, "\"tier\":\"gold\"");
        assertThat(payloads.get(1)).isEqualTo(sealed);
        assertThat(payloads.get(2)).contains("Dana Miller GmbH");
    }

    private static Document event(long sequence, Class<?> type, String payload) {
        return new Document("aggregateIdentifier", DANA_ID).append("sequenceNumber", sequence)
                .append("payloadType", type.getName()).append("payloadRevision", "1")
                .append("serializedPayload", payload);
    }
}
