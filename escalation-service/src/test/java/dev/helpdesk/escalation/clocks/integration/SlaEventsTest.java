package dev.helpdesk.escalation.clocks.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.sla.SlaAutoCloseRequested;
import dev.helpdesk.contracts.sla.SlaBreached;
import dev.helpdesk.contracts.sla.SlaEscalationRequested;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaPendingReminder;
import dev.helpdesk.contracts.sla.SlaWarning;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.Threshold;
import dev.helpdesk.escalation.clocks.EscalationLevel;
import dev.helpdesk.escalation.clocks.EscalationRequest;
import dev.helpdesk.escalation.clocks.FollowUp;
import dev.helpdesk.escalation.clocks.FollowUpKind;
import dev.helpdesk.escalation.clocks.RecordedThreshold;
import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.platform.events.CloudEventCodec;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A recorded threshold as the CloudEvent subscribers read, the same every time it is sent. */
class SlaEventsTest {

    private static final String TICKET = "0f6d4a8e-3c1b-4d7a-9f2e-8b5c6a7d9e10";
    private static final Instant REACHED = Instant.parse("2026-11-27T09:26:17.123456789Z");
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    @Test
    void aWarningIsAWarningEventAboutTheTicketAtTheInstantItWasReached() {
        RecordedThreshold warning = new RecordedThreshold(1, TargetKind.FIRST_RESPONSE, Threshold.of("0.75"), REACHED,
                REACHED.plusSeconds(225), Duration.ofSeconds(225), "default-p1", Priority.P1);

        CloudEvent event = CODEC.decode(CODEC.encode(SlaEvents.of(TICKET, warning)));

        assertThat(event.getId()).isEqualTo(TICKET + ":FIRST_RESPONSE:0.75");
        assertThat(event.getType()).isEqualTo(SlaEventTypes.WARNING);
        assertThat(event.getSource()).hasToString(Sources.ESCALATION_SERVICE);
        assertThat(event.getSubject()).isEqualTo(TICKET);
        assertThat(event.getTime().toInstant()).isEqualTo(REACHED);
        assertThat(event.getDataContentType()).isEqualTo(CloudEventContract.DATA_CONTENT_TYPE);
        assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(1);
        assertThat(event.getExtension(CloudEventContract.TRACEPARENT)).isNull();
        assertThat(CODEC.dataOf(event, SlaWarning.class)).isEqualTo(new SlaWarning(TICKET, "FIRST_RESPONSE", 0.75,
                REACHED, REACHED.plusSeconds(225), "PT3M45S", "default-p1", "P1"));
    }

    @Test
    void aBreachIsABreachedEventOfTheWholeTarget() {
        RecordedThreshold breach = new RecordedThreshold(6, TargetKind.RESOLUTION, Threshold.BREACH, REACHED, REACHED,
                Duration.ZERO, "default-p1", null);

        CloudEvent event = CODEC.decode(CODEC.encode(SlaEvents.of(TICKET, breach)));

        assertThat(event.getId()).isEqualTo(TICKET + ":RESOLUTION:1.0");
        assertThat(event.getType()).isEqualTo(SlaEventTypes.BREACHED);
        assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(6);
        assertThat(CODEC.dataOf(event, SlaBreached.class)).isEqualTo(new SlaBreached(TICKET, "RESOLUTION", 1.0,
                REACHED, REACHED, "default-p1", null));
    }

    @Test
    void theEscalationOfABreachIsAnEscalationRequestNamedAfterItsTarget() {
        EscalationRequest escalation = new EscalationRequest(7, TargetKind.RESOLUTION,
                List.of(EscalationLevel.FUNCTIONAL, EscalationLevel.HIERARCHICAL), REACHED, REACHED, "default-p1",
                Priority.P1);

        CloudEvent event = CODEC.decode(CODEC.encode(SlaEvents.of(TICKET, escalation)));

        assertThat(event.getId()).isEqualTo(TICKET + ":RESOLUTION:escalation");
        assertThat(event.getType()).isEqualTo(SlaEventTypes.ESCALATION_REQUESTED);
        assertThat(event.getTime().toInstant()).isEqualTo(REACHED);
        assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(7);
        assertThat(CODEC.dataOf(event, SlaEscalationRequested.class)).isEqualTo(new SlaEscalationRequested(TICKET,
                "RESOLUTION", List.of("FUNCTIONAL", "HIERARCHICAL"),
                "SLA breached: the resolution target was due at " + REACHED, REACHED, REACHED, "default-p1", "P1"));
    }

    @Test
    void aDelayedEscalationRequestIsTimedWhenItWasRequestedAndStillNamesItsBreach() {
        Instant requested = REACHED.plus(Duration.ofMinutes(30));
        EscalationRequest escalation = new EscalationRequest(4, TargetKind.FIRST_RESPONSE,
                List.of(EscalationLevel.HIERARCHICAL), REACHED, requested, "default-p3", Priority.P3);

        CloudEvent event = CODEC.decode(CODEC.encode(SlaEvents.of(TICKET, escalation)));

        assertThat(event.getId()).isEqualTo(TICKET + ":FIRST_RESPONSE:escalation");
        assertThat(event.getTime().toInstant()).isEqualTo(requested);
        assertThat(CODEC.dataOf(event, SlaEscalationRequested.class)).isEqualTo(new SlaEscalationRequested(TICKET,
                "FIRST_RESPONSE", List.of("HIERARCHICAL"),
                "SLA breached: the first-response target was due at " + REACHED, REACHED, requested, "default-p3",
                "P3"));
    }

    @Test
    void anAutoCloseAndAReminderAreRequestsNamedAfterTheStateTheyFollow() {
        Instant resolvedAt = REACHED.minus(Duration.ofDays(7));
        FollowUp close = new FollowUp(8, FollowUpKind.AUTO_CLOSE, REACHED, resolvedAt, 0);
        FollowUp reminder = new FollowUp(9, FollowUpKind.PENDING_REMINDER, REACHED, resolvedAt, 2);

        CloudEvent closing = CODEC.decode(CODEC.encode(SlaEvents.of(TICKET, close)));
        CloudEvent reminding = CODEC.decode(CODEC.encode(SlaEvents.of(TICKET, reminder)));

        assertThat(closing.getId()).isEqualTo(TICKET + ":auto-close:" + resolvedAt);
        assertThat(closing.getType()).isEqualTo(SlaEventTypes.AUTO_CLOSE_REQUESTED);
        assertThat(closing.getTime().toInstant()).isEqualTo(REACHED);
        assertThat(CloudEventCodec.sequenceOf(closing)).isEqualTo(8);
        assertThat(CODEC.dataOf(closing, SlaAutoCloseRequested.class))
                .isEqualTo(new SlaAutoCloseRequested(TICKET, resolvedAt, REACHED));
        assertThat(reminding.getId()).isEqualTo(TICKET + ":pending-reminder:" + resolvedAt + ":2");
        assertThat(reminding.getType()).isEqualTo(SlaEventTypes.PENDING_REMINDER);
        assertThat(CODEC.dataOf(reminding, SlaPendingReminder.class))
                .isEqualTo(new SlaPendingReminder(TICKET, resolvedAt, 2, REACHED));
    }

    @Test
    void sendingTheSameThresholdAgainSendsTheSameEvent() {
        RecordedThreshold warning = new RecordedThreshold(2, TargetKind.RESOLUTION, Threshold.of("0.90"), REACHED,
                null, null, "default-p3", Priority.P3);

        byte[] first = CODEC.encode(SlaEvents.of(TICKET, warning));
        byte[] again = CODEC.encode(SlaEvents.of(TICKET, warning));

        assertThat(again).isEqualTo(first);
        assertThat(CODEC.decode(first).getId()).isEqualTo(TICKET + ":RESOLUTION:0.9");
        assertThat(CODEC.dataOf(CODEC.decode(first), SlaWarning.class).dueAt()).as("paused when reached").isNull();
    }
}
