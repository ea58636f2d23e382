package dev.helpdesk.reporting.integration;

import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.reporting.query.ApplyOutcome;
import dev.helpdesk.reporting.query.TicketFactsChange;
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
    private final TicketEventMetrics metrics;

    public TicketEventHandler(CloudEventCodec codec, TicketEventTranslator translator,
            TicketFactsProjection projection, TicketEventMetrics metrics) {
        this.codec = codec;
        this.translator = translator;
        this.projection = projection;
        this.metrics = metrics;
    }

    public void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        Optional<TicketFactsChange> change = translator.changeOf(event);
        if (change.isEmpty()) {
            log.debug("Skipped event {} of type {}, unknown to this version", event.getId(), event.getType());
            metrics.skippedUnknownType();
        } else {
            ApplyOutcome outcome = projection.apply(change.get());
            log.debug("Event {} of ticket {} at sequence {}: {}", event.getId(), change.get().ticketId(),
                    change.get().sequence(), outcome);
            metrics.counted(outcome);
        }
        metrics.read(event.getTime());
    }
}
