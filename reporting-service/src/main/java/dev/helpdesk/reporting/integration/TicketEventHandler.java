package dev.helpdesk.reporting.integration;

import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.reporting.query.ApplyOutcome;
import dev.helpdesk.reporting.query.TicketEvent;
import dev.helpdesk.reporting.query.TicketFactsProjection;
import io.cloudevents.CloudEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies one record of the tickets topic to the projection. It returns only once the projection
 * has written, so the record's offset is committed after the write; whatever it throws is retried
 * or dead-lettered by the binding.
 */
@Component
public class TicketEventHandler {

    private static final Logger log = LoggerFactory.getLogger(TicketEventHandler.class);

    private final CloudEventCodec codec;
    private final TicketEventTranslator translator;
    private final TicketFactsProjection projection;
    private final EventMetrics metrics;

    public TicketEventHandler(CloudEventCodec codec, TicketEventTranslator translator,
            TicketFactsProjection projection, EventMetrics metrics) {
        this.codec = codec;
        this.translator = translator;
        this.projection = projection;
        this.metrics = metrics;
    }

    public void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        Optional<TicketEvent> translated = translator.translate(event);
        if (translated.isEmpty()) {
            log.debug("Skipped event {} of type {}, unknown to this version", event.getId(), event.getType());
            metrics.skipped(EventMetrics.TICKETS);
        } else {
            ApplyOutcome outcome = projection.apply(translated.get());
            log.debug("Event {} of ticket {} at sequence {}: {}", event.getId(), translated.get().ticketId(),
                    translated.get().sequence(), outcome);
            metrics.counted(EventMetrics.TICKETS, outcome);
        }
        metrics.read(event.getTime());
    }
}
