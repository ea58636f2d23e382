package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SyntheticTicketsTest {

    private static final Instant UNTIL = Instant.parse("2026-11-27T12:00:00Z");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void everyRecordIsACloudEventShapedLikeTheContractsSampleOfItsTypeKeyedByItsTicket() throws IOException {
        Set<String> types = new HashSet<>();
        for (SyntheticTickets.Record record : emit(400)) {
            JsonNode event = json.readTree(record.value());
            String type = event.path("type").asText();
            types.add(type);
            JsonNode sample = sample(type);
            assertThat(fieldNames(event)).as(type).containsAll(fieldNames(sample).stream()
                    .filter(name -> !name.equals("traceparent")).toList());
            assertThat(fieldNames(event.path("data"))).as(type + " data").isEqualTo(fieldNames(sample.path("data")));
            assertThat(event.path("subject").asText()).isEqualTo(record.key())
                    .isEqualTo(event.path("data").path("ticketId").asText());
            assertThat(event.path("sequence").asLong()).isPositive();
            assertThat(record.topic()).isEqualTo(type.startsWith("helpdesk.sla.") ? Topics.SLA : Topics.TICKETS);
        }
        assertThat(types).contains(TicketEventTypes.OPENED, TicketEventTypes.ASSIGNED, TicketEventTypes.WORK_STARTED,
                TicketEventTypes.COMMENT_ADDED, TicketEventTypes.PENDED, TicketEventTypes.RESUMED,
                TicketEventTypes.ESCALATED, TicketEventTypes.RESOLVED, TicketEventTypes.REOPENED,
                TicketEventTypes.CLOSED, TicketEventTypes.SATISFACTION_RATED, TicketEventTypes.CANCELLED,
                TicketEventTypes.PRIORITY_CHANGED, SlaEventTypes.WARNING, SlaEventTypes.BREACHED,
                SlaEventTypes.TARGET_STOPPED);
    }

    @Test
    void recordsComeInTimeOrderWithEachTicketsSequencesFromOneWithoutGapsAndTheNewestTicketsStillOpen()
            throws IOException {
        List<SyntheticTickets.Record> records = emit(500);
        Map<String, Long> ticketSequence = new HashMap<>();
        Map<String, Long> slaSequence = new HashMap<>();
        Map<String, String> lastStatus = new HashMap<>();
        Instant previous = Instant.MIN;
        for (SyntheticTickets.Record record : records) {
            assertThat(record.time()).isAfterOrEqualTo(previous).isBeforeOrEqualTo(UNTIL);
            previous = record.time();
            JsonNode event = json.readTree(record.value());
            Map<String, Long> sequences = Topics.SLA.equals(record.topic()) ? slaSequence : ticketSequence;
            long expected = sequences.merge(record.key(), 1L, Long::sum);
            assertThat(event.path("sequence").asLong()).as(event.path("type").asText()).isEqualTo(expected);
            if (Topics.TICKETS.equals(record.topic())) {
                lastStatus.put(record.key(), event.path("data").path("status").asText());
            }
        }
        assertThat(ticketSequence).hasSize(500);
        long open = lastStatus.values().stream().filter(status -> !Set.of("CLOSED", "CANCELLED").contains(status))
                .count();
        assertThat(open).as("some tickets still open, most closed").isPositive().isLessThan(250);
        assertThat(records.size() / 500.0).as("records per ticket").isBetween(6.0, 14.0);
    }

    @Test
    void theSameSeedGivesTheSameRecords() {
        List<SyntheticTickets.Record> first = emit(50);
        List<SyntheticTickets.Record> second = emit(50);
        assertThat(second).hasSameSizeAs(first);
        for (int i = 0; i < first.size(); i++) {
            assertThat(second.get(i).value()).isEqualTo(first.get(i).value());
        }
    }

    private static List<SyntheticTickets.Record> emit(int tickets) {
        List<SyntheticTickets.Record> records = new ArrayList<>();
        long count = new SyntheticTickets(7, tickets, UNTIL, Duration.ofDays(30)).emit(0, records::add);
        assertThat(count).isEqualTo(records.size());
        return records;
    }

    private JsonNode sample(String type) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/dev/helpdesk/contracts/samples/" + type + ".json")) {
            assertThat(in).as("sample of " + type).isNotNull();
            return json.readTree(in);
        }
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext();) {
            names.add(it.next());
        }
        return names;
    }
}
