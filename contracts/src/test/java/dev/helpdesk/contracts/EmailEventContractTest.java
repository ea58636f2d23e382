package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.email.EmailEventTypes;
import java.time.Instant;
import java.util.UUID;

/**
 * The inbound e-mail events ({@link EmailEventTypes}, records {@code Email<Name>}) on the channels topic:
 * about one mail, so the subject is its id, taken once (sequence 1); the time is when the customer
 * service took it, and the ticket to open is a UUID.
 */
class EmailEventContractTest extends EventContractTest {

    @Override
    protected Class<?> typeNames() {
        return EmailEventTypes.class;
    }

    @Override
    protected String family() {
        return "email";
    }

    @Override
    protected String recordPrefix() {
        return "Email";
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
        return "mailId";
    }

    @Override
    protected void checkFamilySpecifics(String type, JsonNode sample) {
        JsonNode data = sample.get("data");
        assertThat(Instant.parse(sample.get("time").asText()))
                .isEqualTo(Instant.parse(data.get("receivedAt").asText()));
        assertThat(sample.get(CloudEventContract.SEQUENCE).asInt()).as("a mail is taken once").isEqualTo(1);
        assertThat(data.get("mailId").asText()).matches("email-[0-9a-f]{64}");
        assertThat(UUID.fromString(data.get("ticketId").asText())).isNotNull();
        data.get("attachments").forEach(attachment -> assertThat(attachment.get("path").asText())
                .isEqualTo("/api/v1/channels/email/attachments/" + attachment.get("id").asText()));
    }
}
