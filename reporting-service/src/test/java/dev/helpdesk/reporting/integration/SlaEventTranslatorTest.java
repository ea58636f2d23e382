package dev.helpdesk.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaTargetStopped;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.reporting.TicketEventRecords;
import dev.helpdesk.reporting.query.SlaEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A target's stop (D98) becomes the reports' stop with its sequence and business seconds; a broken one is refused. */
class SlaEventTranslatorTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final Instant OPENED = Instant.parse("2026-06-05T17:00:00Z");
    private static final Instant STOPPED = Instant.parse("2026-06-08T09:00:00.123Z");

    private final SlaEventTranslator translator = new SlaEventTranslator(CODEC);
    private final String ticketId = UUID.randomUUID().toString();

    @Test
    void aStopCarriesItsTargetInstantSequenceAndWholeBusinessSeconds() {
        byte[] record = TicketEventRecords.slaTargetStopped(ticketId, "FIRST_RESPONSE", OPENED, STOPPED,
                Duration.ofHours(2).plusMillis(999), 5);

        assertThat(translator.translate(CODEC.decode(record))).contains(SlaEvent.stopped(ticketId,
                ticketId + ":FIRST_RESPONSE:stopped:5", "FIRST_RESPONSE", STOPPED, 5, 7200));
    }

    @Test
    void aStopWithoutAReadableBusinessTimeOrSequenceIsMalformed() {
        assertThatThrownBy(() -> translator.translate(CODEC.decode(stop("two hours", 5))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("businessElapsed");
        assertThatThrownBy(() -> translator.translate(CODEC.decode(stop("-PT1H", 5))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("negative");
        assertThatThrownBy(() -> translator.translate(CODEC.decode(stop("PT1H", -1))))
                .isInstanceOf(MalformedEventException.class).hasMessageContaining("sequence");
    }

    private byte[] stop(String businessElapsed, long sequence) {
        SlaTargetStopped data = new SlaTargetStopped(ticketId, "RESOLUTION", "p", "c", businessElapsed, "PT64H", true,
                STOPPED);
        return CODEC.encode(new OutgoingEvent(ticketId + ":RESOLUTION:stopped:" + sequence, Sources.ESCALATION_SERVICE,
                SlaEventTypes.TARGET_STOPPED, ticketId, STOPPED, sequence, null, data));
    }
}
