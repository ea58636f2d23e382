package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The published sample, the JSON Schema and the record must tell consumers the same thing. */
class TicketOpenedContractTest {

    private final ObjectMapper json = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    @Test
    void theSampleIsAStructuredCloudEventOfTheOpenedType() throws IOException {
        JsonNode sample = read("samples/helpdesk.ticket.opened.v1.json");

        assertThat(sample.get("specversion").asText()).isEqualTo("1.0");
        assertThat(sample.get("type").asText()).isEqualTo(TicketEventTypes.OPENED);
        assertThat(sample.get("source").asText()).isEqualTo(Sources.TICKET_SERVICE);
        assertThat(sample.get("subject").asText()).isEqualTo(sample.get("data").get("ticketId").asText());
        assertThat(sample.get(CloudEventContract.SEQUENCE).asInt()).isEqualTo(1);
    }

    @Test
    void theSampleDataReadsIntoTheRecordWithoutLoss() throws IOException {
        JsonNode data = read("samples/helpdesk.ticket.opened.v1.json").get("data");

        TicketOpened opened = json.treeToValue(data, TicketOpened.class);

        assertThat(opened.number()).isEqualTo("HD-000042");
        assertThat(opened.priority()).isEqualTo("P2");
        assertThat(opened.tags()).containsExactly("vpn");
        assertThat(opened.openedAt()).isEqualTo(Instant.parse("2026-11-27T09:15:02.123Z"));
        assertThat(json.valueToTree(opened).properties()).hasSameSizeAs(data.properties());
    }

    @Test
    void theSchemaDescribesEveryFieldOfTheRecord() throws IOException {
        JsonNode schema = read("schemas/helpdesk.ticket.opened.v1.schema.json");
        Set<String> described = new TreeSet<>();
        schema.get("properties").fieldNames().forEachRemaining(described::add);

        assertThat(described).containsExactlyInAnyOrderElementsOf(recordFields());
        List<String> required = new ArrayList<>();
        schema.get("required").forEach(field -> required.add(field.asText()));
        assertThat(recordFields()).containsAll(required);
    }

    private static List<String> recordFields() {
        return Arrays.stream(TicketOpened.class.getRecordComponents()).map(c -> c.getName()).toList();
    }

    private JsonNode read(String resource) throws IOException {
        try (InputStream in = Topics.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return json.readTree(in);
        }
    }
}
