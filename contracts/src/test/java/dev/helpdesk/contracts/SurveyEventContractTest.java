package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.survey.SurveyEventTypes;
import java.time.Instant;
import java.util.UUID;

/**
 * The satisfaction survey events ({@link SurveyEventTypes}, records {@code Survey<Name>}) on the
 * channels topic: about one survey (one link), so the subject is its id, answered once (sequence 1);
 * the time is when the customer service accepted the answer, and the rating is 1 to 5.
 */
class SurveyEventContractTest extends EventContractTest {

    @Override
    protected Class<?> typeNames() {
        return SurveyEventTypes.class;
    }

    @Override
    protected String family() {
        return "survey";
    }

    @Override
    protected String recordPrefix() {
        return "Survey";
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
        return "surveyId";
    }

    @Override
    protected void checkFamilySpecifics(String type, JsonNode sample) {
        JsonNode data = sample.get("data");
        assertThat(Instant.parse(sample.get("time").asText()))
                .isEqualTo(Instant.parse(data.get("answeredAt").asText()));
        assertThat(sample.get(CloudEventContract.SEQUENCE).asInt()).as("a link is answered once").isEqualTo(1);
        assertThat(UUID.fromString(data.get("surveyId").asText())).isNotNull();
        assertThat(UUID.fromString(data.get("ticketId").asText())).isNotNull();
        assertThat(data.get("rating").asInt()).isBetween(1, 5);
    }
}
