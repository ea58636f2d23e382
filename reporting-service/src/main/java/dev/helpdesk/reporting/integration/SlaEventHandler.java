package dev.helpdesk.reporting.integration;

import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.reporting.query.ApplyOutcome;
import dev.helpdesk.reporting.query.SlaEvent;
import dev.helpdesk.reporting.query.TicketFactsProjection;
import io.cloudevents.CloudEvent;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies one record of the SLA topic to its ticket's document. The SLA topic and the tickets
 * topic are read independently, so a breach may arrive before the ticket it is about: it is kept
 * in that ticket's history all the same and counts once the ticket's events are in.
 */
@Component
public class SlaEventHandler {

    private static final Logger log = LoggerFactory.getLogger(SlaEventHandler.class);

    private final CloudEventCodec codec;
    private final SlaEventTranslator translator;
    private final TicketFactsProjection projection;
    private final EventMetrics metrics;

    public SlaEventHandler(CloudEventCodec codec, SlaEventTranslator translator, TicketFactsProjection projection,
            EventMetrics metrics) {
        this.codec = codec;
        this.translator = translator;
        this.projection = projection;
        this.metrics = metrics;
    }

    public void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        Optional<SlaEvent> threshold = translator.translate(event);
        if (threshold.isEmpty()) {
            log.debug("Skipped SLA-topic event {} of type {}: not counted by the reports", event.getId(),
                    event.getType());
            metrics.skipped(EventMetrics.SLA);
        } else {
            ApplyOutcome outcome = projection.apply(threshold.get());
            log.debug("SLA event {} of ticket {}: {}", event.getId(), threshold.get().ticketId(), outcome);
            metrics.counted(EventMetrics.SLA, outcome);
        }
        metrics.read(event.getTime());
    }
}
