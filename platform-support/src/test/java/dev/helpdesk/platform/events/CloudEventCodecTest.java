package dev.helpdesk.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.helpdesk.contracts.ticket.TicketOpened;
import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CloudEventCodecTest {

    private final CloudEventCodec codec = new CloudEventCodec();
    private final TicketOpened opened = new TicketOpened("t-1", "HD-000001", "INCIDENT", "NEW", "Printer jam", "",
            "c-1", "PHONE", null, "LOW", "LOW", "P5", List.of("printer"), "demo-agent",
            Instant.parse("2026-11-27T09:00:00Z"));

    @Test
    void anEventTravelsAsStructuredJsonWithItsDataInline() {
        byte[] encoded = codec.encode(new OutgoingEvent("e-1", "/helpdesk/ticket-service",
                "helpdesk.ticket.opened.v1", "t-1", Instant.parse("2026-11-27T09:00:00Z"), 7,
                "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01", opened));

        String json = new String(encoded, StandardCharsets.UTF_8);
        assertThat(json).contains("\"specversion\":\"1.0\"", "\"sequence\":7", "\"data\":{\"ticketId\":\"t-1\"",
                "\"openedAt\":\"2026-11-27T09:00:00Z\"", "\"traceparent\":\"00-4bf9");
        CloudEvent decoded = codec.decode(encoded);
        assertThat(decoded.getId()).isEqualTo("e-1");
        assertThat(decoded.getSubject()).isEqualTo("t-1");
        assertThat(CloudEventCodec.sequenceOf(decoded)).isEqualTo(7);
        assertThat(codec.dataOf(decoded, TicketOpened.class)).isEqualTo(opened);
    }

    @Test
    void somethingThatIsNotACloudEventIsMalformed() {
        assertThatThrownBy(() -> codec.decode("{\"hello\":1}".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
        assertThatThrownBy(() -> codec.decode("not json".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class);
    }

    @Test
    void dataOfTheWrongShapeIsMalformed() {
        CloudEvent event = codec.decode(codec.encode(new OutgoingEvent("e-2", "/x", "t", "s", Instant.now(), 1, null,
                List.of(1, 2))));

        assertThatThrownBy(() -> codec.dataOf(event, TicketOpened.class)).isInstanceOf(MalformedEventException.class);
    }

    @Test
    void dataWithAFieldOfTheWrongTypeIsMalformed() {
        String envelope = "{\"specversion\":\"1.0\",\"id\":\"e-3\",\"source\":\"/x\",\"type\":\"t\","
                + "\"datacontenttype\":\"application/json\",\"data\":{\"ticketId\":\"t-1\",\"openedAt\":\"yesterday\"}}";
        CloudEvent event = codec.decode(envelope.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> codec.dataOf(event, TicketOpened.class)).isInstanceOf(MalformedEventException.class);
    }

    /** Data that did not come with a JSON envelope (built in memory, or another format) is read from its bytes. */
    @Test
    void dataHeldAsBytesIsReadToo() throws Exception {
        byte[] data = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsBytes(opened);
        CloudEvent event = CloudEventBuilder.v1().withId("e-4").withSource(URI.create("/x")).withType("t")
                .withData("application/json", data).build();

        assertThat(codec.dataOf(event, TicketOpened.class)).isEqualTo(opened);
    }
}
