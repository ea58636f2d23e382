package dev.helpdesk.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The SLA events ({@link SlaEventTypes}, records {@code Sla<Name>}): besides the envelope, a
 * warning's or breach's id is {@code <ticketId>:<target>:<threshold>} (so a resend has the same id),
 * its time the instant the threshold was reached, and a breach is the whole target; an escalation
 * request's id is {@code <ticketId>:<target>:escalation}.
 */
class SlaEventContractTest extends EventContractTest {

    @Override
    protected Class<?> typeNames() {
        return SlaEventTypes.class;
    }

    @Override
    protected String family() {
        return "sla";
    }

    @Override
    protected String recordPrefix() {
        return "Sla";
    }

    @Override
    protected int numberOfTypes() {
        return 6;
    }

    @Override
    protected String source() {
        return Sources.ESCALATION_SERVICE;
    }

    /** A warning or breach: what {@code <ticketId>:<target>:<threshold>} and the reached instant promise. */
    @Override
    protected void checkFamilySpecifics(String type, JsonNode sample) {
        JsonNode data = sample.get("data");
        if (type.equals(SlaEventTypes.AUTO_CLOSE_REQUESTED)) {
            // one per resolution: <ticketId>:auto-close:<resolvedAt>, when the window ended
            assertThat(sample.get("id").asText())
                    .isEqualTo(data.get("ticketId").asText() + ":auto-close:" + data.get("resolvedAt").asText());
            assertThat(Instant.parse(sample.get("time").asText()))
                    .isEqualTo(Instant.parse(data.get("requestedAt").asText()));
            return;
        }
        if (type.equals(SlaEventTypes.TARGET_STOPPED)) {
            // one per stop: <ticketId>:<target>:stopped:<sequence>, at the stop
            assertThat(sample.get("id").asText()).isEqualTo(data.get("ticketId").asText() + ":"
                    + data.get("target").asText() + ":stopped:" + sample.get("sequence").asLong());
            assertThat(Instant.parse(sample.get("time").asText()))
                    .isEqualTo(Instant.parse(data.get("stoppedAt").asText()));
            assertThat(data.get("target").asText()).isIn("FIRST_RESPONSE", "RESOLUTION");
            // business time is wall-clock time less what did not count: never more
            assertThat(Duration.parse(data.get("businessElapsed").asText()))
                    .isLessThanOrEqualTo(Duration.parse(data.get("wallElapsed").asText()));
            return;
        }
        if (type.equals(SlaEventTypes.PENDING_REMINDER)) {
            // one per reminder of a pending stretch: <ticketId>:pending-reminder:<pendingSince>:<n>
            assertThat(sample.get("id").asText()).isEqualTo(data.get("ticketId").asText() + ":pending-reminder:"
                    + data.get("pendingSince").asText() + ":" + data.get("reminder").asInt());
            assertThat(Instant.parse(sample.get("time").asText()))
                    .isEqualTo(Instant.parse(data.get("remindedAt").asText()));
            return;
        }
        if (type.equals(SlaEventTypes.ESCALATION_REQUESTED)) {
            // one escalation per breached target: <ticketId>:<target>:escalation, at the breach's instant
            assertThat(sample.get("id").asText())
                    .isEqualTo(data.get("ticketId").asText() + ":" + data.get("target").asText() + ":escalation");
            assertThat(data.get("target").asText()).isIn("FIRST_RESPONSE", "RESOLUTION");
            assertThat(data.get("levels")).isNotEmpty()
                    .allSatisfy(level -> assertThat(level.asText()).isIn("FUNCTIONAL", "HIERARCHICAL"));
            assertThat(Instant.parse(sample.get("time").asText()))
                    .isEqualTo(Instant.parse(data.get("requestedAt").asText()));
            return;
        }
        BigDecimal threshold = data.get("threshold").decimalValue();
        assertThat(sample.get("id").asText()).isEqualTo(data.get("ticketId").asText() + ":"
                + data.get("target").asText() + ":" + data.get("threshold").asText());
        assertThat(Instant.parse(sample.get("time").asText())).isEqualTo(Instant.parse(data.get("reachedAt").asText()));
        assertThat(data.get("target").asText()).isIn("FIRST_RESPONSE", "RESOLUTION");
        if (type.equals(SlaEventTypes.BREACHED)) {
            assertThat(threshold).isEqualByComparingTo(BigDecimal.ONE);
            assertThat(data.get("dueAt")).isEqualTo(data.get("reachedAt"));
        } else {
            assertThat(threshold).isStrictlyBetween(BigDecimal.ZERO, BigDecimal.ONE);
        }
    }
}
