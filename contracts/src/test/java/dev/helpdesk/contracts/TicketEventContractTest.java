package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.ticket.ResolvedAsset;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import java.time.Instant;
import java.util.Set;

/**
 * The ticket events ({@link TicketEventTypes}, records {@code Ticket<Name>}): besides the envelope,
 * every sample carries the trace context of its request, the ticket's status after the event,
 * and an instant in its data ({@code at}, {@code openedAt} for opened) equal to the event's time.
 */
class TicketEventContractTest extends EventContractTest {

    @Override
    protected Class<?> typeNames() {
        return TicketEventTypes.class;
    }

    @Override
    protected String family() {
        return "ticket";
    }

    @Override
    protected String recordPrefix() {
        return "Ticket";
    }

    @Override
    protected int numberOfTypes() {
        return 16;
    }

    @Override
    protected String source() {
        return Sources.TICKET_SERVICE;
    }

    /** The device a resolution hands over is part of {@code resolved}, not an event of its own. */
    @Override
    protected Set<Class<?>> partRecords() {
        return Set.of(ResolvedAsset.class);
    }

    @Override
    protected void checkFamilySpecifics(String type, JsonNode sample) {
        JsonNode data = sample.get("data");
        assertThat(sample.get(CloudEventContract.TRACEPARENT).asText()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-0[01]");
        // the event's time and the time in its data are the same moment
        JsonNode at = data.has("at") ? data.get("at") : data.get("openedAt");
        assertThat(Instant.parse(sample.get("time").asText())).isEqualTo(Instant.parse(at.asText()));
        assertThat(data.get("status").asText()).isNotBlank();
    }
}
