package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every ticket event type, the published sample, the JSON Schema and the record must tell
 * consumers the same thing. The record of {@code helpdesk.ticket.<name>.v1} is
 * {@code Ticket<Name>} ({@code priority-changed} → {@code TicketPriorityChanged}), so a new type
 * without a record, a sample or a schema fails here.
 */
class TicketEventContractTest {

    private static final String RECORD_PACKAGE = TicketEventTypes.class.getPackageName();

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** Every type named in {@link TicketEventTypes}, read from its constants. */
    static List<String> types() {
        List<String> types = new ArrayList<>();
        for (Field field : TicketEventTypes.class.getDeclaredFields()) {
            if (Modifier.isPublic(field.getModifiers()) && Modifier.isStatic(field.getModifiers())
                    && field.getType() == String.class) {
                try {
                    types.add((String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return types;
    }

    @Test
    void everyTicketEventTypeOfDesignMdIsNamed() {
        assertThat(types()).hasSize(16).doesNotHaveDuplicates()
                .allMatch(type -> type.matches("helpdesk\\.ticket\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*"));
    }

    @Test
    void everyRecordOfTheTicketPackageIsTheDataOfOneType() {
        Set<String> records = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(RECORD_PACKAGE).stream()
                .filter(JavaClass::isRecord)
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(records).containsExactlyInAnyOrderElementsOf(
                types().stream().map(type -> recordOf(type).getName()).toList());
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSampleIsAStructuredCloudEventOfItsType(String type) throws IOException {
        JsonNode sample = read(samplePath(type));
        JsonNode data = sample.get("data");

        assertThat(sample.get("specversion").asText()).isEqualTo("1.0");
        assertThat(sample.get("id").asText()).isNotBlank();
        assertThat(sample.get("type").asText()).isEqualTo(type);
        assertThat(sample.get("source").asText()).isEqualTo(Sources.TICKET_SERVICE);
        assertThat(sample.get("subject").asText()).isEqualTo(data.get("ticketId").asText());
        assertThat(sample.get("datacontenttype").asText()).isEqualTo(CloudEventContract.DATA_CONTENT_TYPE);
        assertThat(sample.get(CloudEventContract.SEQUENCE).isInt()).as("sequence is a JSON integer").isTrue();
        assertThat(sample.get(CloudEventContract.SEQUENCE).asInt()).isPositive();
        assertThat(sample.get(CloudEventContract.TRACEPARENT).asText()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        // the event's time and the time in its data are the same moment
        JsonNode at = data.has("at") ? data.get("at") : data.get("openedAt");
        assertThat(Instant.parse(sample.get("time").asText())).isEqualTo(Instant.parse(at.asText()));
        assertThat(data.get("status").asText()).isNotBlank();
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSampleDataReadsIntoTheRecordWithoutLoss(String type) throws IOException {
        JsonNode data = read(samplePath(type)).get("data");

        Object record = json.treeToValue(data, recordOf(type));
        JsonNode writtenBack = json.valueToTree(record);

        assertThat(writtenBack).isEqualTo(data);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSchemaDescribesExactlyTheFieldsOfTheRecord(String type) throws IOException {
        JsonNode schema = read(schemaPath(type));
        List<String> described = new ArrayList<>();
        schema.get("properties").fieldNames().forEachRemaining(described::add);
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(field -> required.add(field.asText()));

        assertThat(schema.get("$id").asText()).endsWith("/" + type + ".schema.json");
        assertThat(schema.get("title").asText()).startsWith(type);
        assertThat(described).containsExactlyInAnyOrderElementsOf(recordFields(type));
        assertThat(recordFields(type)).containsAll(required);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSampleDataHasTheJsonTypesTheSchemaNames(String type) throws IOException {
        JsonNode schema = read(schemaPath(type));
        JsonNode data = read(samplePath(type)).get("data");

        schema.get("required").forEach(field -> assertThat(data.hasNonNull(field.asText()))
                .as("required %s", field.asText()).isTrue());
        schema.get("properties").properties().forEach(property -> {
            Set<String> allowed = new TreeSet<>();
            JsonNode declared = property.getValue().get("type");
            if (declared.isArray()) {
                declared.forEach(name -> allowed.add(name.asText()));
            } else {
                allowed.add(declared.asText());
            }
            assertThat(allowed).as("%s of %s", property.getKey(), type)
                    .contains(jsonTypeOf(data.get(property.getKey())));
        });
    }

    /** {@code helpdesk.ticket.priority-changed.v1} → {@code dev.helpdesk.contracts.ticket.TicketPriorityChanged}. */
    private static Class<?> recordOf(String type) {
        String name = type.split("\\.")[2];
        String pascal = Arrays.stream(name.split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
        try {
            return Class.forName(RECORD_PACKAGE + ".Ticket" + pascal);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No record " + RECORD_PACKAGE + ".Ticket" + pascal + " for " + type, e);
        }
    }

    private static List<String> recordFields(String type) {
        return Arrays.stream(recordOf(type).getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static String jsonTypeOf(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        } else if (value.isTextual()) {
            return "string";
        } else if (value.isIntegralNumber()) {
            return "integer";
        } else if (value.isNumber()) {
            return "number";
        } else if (value.isBoolean()) {
            return "boolean";
        } else if (value.isArray()) {
            return "array";
        }
        return "object";
    }

    private static String samplePath(String type) {
        return "samples/" + type + ".json";
    }

    private static String schemaPath(String type) {
        return "schemas/" + type + ".schema.json";
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = Topics.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return json.readTree(in);
        }
    }
}
