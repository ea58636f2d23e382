package dev.helpdesk.escalation.clocks.integration;

import dev.helpdesk.escalation.clocks.ApplyOutcome;
import dev.helpdesk.escalation.clocks.TicketClocks;
import dev.helpdesk.escalation.problems.integration.IncidentEvents;
import dev.helpdesk.platform.events.CloudEventCodec;
import io.cloudevents.CloudEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies one record of the tickets topic to its ticket's SLA clock, then to recurring-incident
 * detection ({@link IncidentEvents}, decisions D31). It returns only once both are written, so the
 * record's offset is committed after the writes; whatever it throws is retried or dead-lettered by
 * the binding (both sides ignore what they applied before).
 */
@Component
class TicketEventHandler {

    private static final Logger log = LoggerFactory.getLogger(TicketEventHandler.class);

    private final CloudEventCodec codec;
    private final TicketEventTranslator translator;
    private final TicketClocks clocks;
    private final TicketEventMetrics metrics;
    private final IncidentEvents incidents;

    TicketEventHandler(CloudEventCodec codec, TicketEventTranslator translator, TicketClocks clocks,
            TicketEventMetrics metrics, IncidentEvents incidents) {
        this.codec = codec;
        this.translator = translator;
        this.clocks = clocks;
        this.metrics = metrics;
        this.incidents = incidents;
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        Translation translation = translator.translate(event);
        switch (translation.kind()) {
            case UNKNOWN_TYPE -> {
                log.debug("Skipped event {} of type {}, unknown to this version", event.getId(), event.getType());
                metrics.unknownType();
            }
            case NOT_FOR_THE_CLOCK -> metrics.notForTheClock();
            case APPLY -> {
                ApplyOutcome outcome = clocks.apply(translation.event());
                if (outcome == ApplyOutcome.UNKNOWN_TICKET) {
                    log.info("Skipped event {} ({}) of ticket {}: its opened event never reached this service",
                            event.getId(), event.getType(), event.getSubject());
                } else {
                    log.debug("Event {} of ticket {} at sequence {}: {}", event.getId(), event.getSubject(),
                            translation.event().sequence(), outcome);
                }
                metrics.counted(outcome);
            }
        }
        incidents.apply(event);
    }
}
