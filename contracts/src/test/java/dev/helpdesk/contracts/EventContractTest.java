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
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every event type of one family (the constants of its types class), the published sample,
 * the JSON Schema and the record must tell consumers the same thing. The record of
 * {@code helpdesk.<family>.<name>.v1} is {@code <Prefix><Name>} in the types class's package
 * ({@code helpdesk.ticket.priority-changed.v1} → {@code TicketPriorityChanged}), so a new type
 * without a record, a sample or a schema fails here. Subclasses add what their family promises
 * beyond that.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class EventContractTest {

    protected final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /** The class whose public string constants name the family's types. */
    protected abstract Class<?> typeNames();

    /** {@code ticket} for {@code helpdesk.ticket.*}. */
    protected abstract String family();

    /** {@code Ticket} for {@code TicketOpened}. */
    protected abstract String recordPrefix();

    protected abstract int numberOfTypes();

    /** The CloudEvents source of the family's producer. */
    protected abstract String source();

    /** What the family's samples promise beyond the envelope and the record. */
    protected abstract void checkFamilySpecifics(String type, JsonNode sample);

    /**
     * The field of the data that names the aggregate, which the CloudEvent's {@code subject} (and the
     * record key) must equal: the ticket for ticket and SLA events; a family about another aggregate
     * names its own.
     */
    protected String subjectField() {
        return "ticketId";
    }

    /** The subject's field for one type: the family's, unless a type of it is about another aggregate. */
    protected String subjectField(String type) {
        return subjectField();
    }

    /**
     * Records of the family's package that are not an event's data but part of one (an element of a
     * list, a nested object); none unless the family says so.
     */
    protected Set<Class<?>> partRecords() {
        return Set.of();
    }

    /** Every type named in {@link #typeNames()}, read from its constants. */
    List<String> types() {
        List<String> types = new ArrayList<>();
        for (Field field : typeNames().getDeclaredFields()) {
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
    void everyEventTypeOfDesignMdIsNamed() {
        assertThat(types()).hasSize(numberOfTypes()).doesNotHaveDuplicates()
                .allMatch(type -> type.matches("helpdesk\\." + family() + "\\.[a-z]+(-[a-z]+)*\\.v[1-9][0-9]*"));
    }

    @Test
    void everyRecordOfTheFamilysPackageIsTheDataOfOneType() {
        Set<String> records = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(typeNames().getPackageName()).stream()
                .filter(JavaClass::isRecord)
                .map(JavaClass::getName)
                .collect(Collectors.toCollection(TreeSet::new));

        List<String> expected = new ArrayList<>(types().stream().map(type -> recordOf(type).getName()).toList());
        partRecords().forEach(part -> expected.add(part.getName()));

        assertThat(records).containsExactlyInAnyOrderElementsOf(expected);
    }

    @ParameterizedTest
    @MethodSource("types")
    void theSampleIsAStructuredCloudEventOfItsType(String type) throws IOException {
        JsonNode sample = read(samplePath(type));
        JsonNode data = sample.get("data");

        assertThat(sample.get("specversion").asText()).isEqualTo("1.0");
        assertThat(sample.get("id").asText()).isNotBlank();
        assertThat(sample.get("type").asText()).isEqualTo(type);
        assertThat(sample.get("source").asText()).isEqualTo(source());
        assertThat(sample.get("subject").asText()).isEqualTo(data.get(subjectField(type)).asText());
        assertThat(sample.get("datacontenttype").asText()).isEqualTo(CloudEventContract.DATA_CONTENT_TYPE);
        assertThat(sample.get(CloudEventContract.SEQUENCE).isInt()).as("sequence is a JSON integer").isTrue();
        assertThat(sample.get(CloudEventContract.SEQUENCE).asInt()).isPositive();
        checkFamilySpecifics(type, sample);
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
    protected Class<?> recordOf(String type) {
        String name = type.split("\\.")[2];
        String pascal = Arrays.stream(name.split("-"))
                .map(word -> Character.toUpperCase(word.charAt(0)) + word.substring(1))
                .collect(Collectors.joining());
        String record = typeNames().getPackageName() + "." + recordPrefix() + pascal;
        try {
            return Class.forName(record);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("No record " + record + " for " + type, e);
        }
    }

    private List<String> recordFields(String type) {
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

    protected static String samplePath(String type) {
        return "samples/" + type + ".json";
    }

    protected static String schemaPath(String type) {
        return "schemas/" + type + ".schema.json";
    }

    protected JsonNode read(String resource) throws IOException {
        try (InputStream in = Topics.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return json.readTree(in);
        }
    }
}
