package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.problem.ProblemEventTypes;
import java.time.Duration;
import java.time.Instant;

/**
 * The problem events ({@link ProblemEventTypes}, records {@code Problem<Name>}): about a problem
 * candidate, not a ticket, so the subject is the candidate id; a detection's id is
 * {@code <candidateId>:detected} (a resend has the same id), it is the candidate's first event
 * (sequence 1), its time the detection instant, and its incidents reached the threshold within the
 * window.
 */
class ProblemEventContractTest extends EventContractTest {

    @Override
    protected Class<?> typeNames() {
        return ProblemEventTypes.class;
    }

    @Override
    protected String family() {
        return "problem";
    }

    @Override
    protected String recordPrefix() {
        return "Problem";
    }

    @Override
    protected int numberOfTypes() {
        return 1;
    }

    @Override
    protected String source() {
        return Sources.ESCALATION_SERVICE;
    }

    @Override
    protected String subjectField() {
        return "candidateId";
    }

    @Override
    protected void checkFamilySpecifics(String type, JsonNode sample) {
        JsonNode data = sample.get("data");
        assertThat(sample.get("id").asText()).isEqualTo(data.get("candidateId").asText() + ":detected");
        assertThat(sample.get(CloudEventContract.SEQUENCE).asInt()).isEqualTo(1);
        assertThat(Instant.parse(sample.get("time").asText())).isEqualTo(Instant.parse(data.get("detectedAt").asText()));
        Instant first = Instant.parse(data.get("firstIncidentAt").asText());
        Instant last = Instant.parse(data.get("lastIncidentAt").asText());
        assertThat(Duration.between(first, last)).isLessThanOrEqualTo(Duration.parse(data.get("window").asText()));
        assertThat(data.get("incidentIds").size()).isGreaterThanOrEqualTo(data.get("threshold").asInt());
    }
}
