package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.alert.AlertEventTypes;
import dev.helpdesk.contracts.alert.AlertReceived;
import java.time.Instant;
import java.util.UUID;

/**
 * The monitoring alert events ({@link AlertEventTypes}, records {@code Alert<Name>}) on the channels
 * topic: about one alert, so the subject is its fingerprint; the time is when the customer service
 * received it; the incident id is a UUID, the ticket to open or resolve, and the alert name is the
 * {@code alertname} label.
 */
class AlertEventContractTest extends EventContractTest {

    @Override
    protected Class<?> typeNames() {
        return AlertEventTypes.class;
    }

    @Override
    protected String family() {
        return "alert";
    }

    @Override
    protected String recordPrefix() {
        return "Alert";
    }

    @Override
    protected int numberOfTypes() {
        return 1;
    }

    @Override
    protected String source() {
        return Sources.CUSTOMER_SERVICE;
    }

    @Override
    protected String subjectField() {
        return "fingerprint";
    }

    @Override
    protected void checkFamilySpecifics(String type, JsonNode sample) {
        JsonNode data = sample.get("data");
        assertThat(Instant.parse(sample.get("time").asText()))
                .isEqualTo(Instant.parse(data.get("receivedAt").asText()));
        assertThat(data.get("status").asText()).isIn(AlertReceived.FIRING, AlertReceived.RESOLVED);
        assertThat(UUID.fromString(data.get("incidentId").asText())).isNotNull();
        assertThat(data.get("labels").get("alertname").asText()).isEqualTo(data.get("alertName").asText());
        assertThat(data.get("endsAt").isNull()).as("a firing alert has not ended")
                .isEqualTo(AlertReceived.FIRING.equals(data.get("status").asText()));
    }
}
