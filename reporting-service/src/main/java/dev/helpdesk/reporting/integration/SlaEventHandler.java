package dev.helpdesk.reporting.integration;

import dev.helpdesk.reporting.query.TicketChange;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Applies the records of the SLA topic to their tickets' documents. The SLA topic and the tickets
 * topic are read independently, so a breach may arrive before the ticket it is about: it is kept
 * in that ticket's history all the same and counts once the ticket's events are in.
 */
@Component
public class SlaEventHandler {

    private final SlaEventTranslator translator;
    private final ProjectionBatches batches;

    SlaEventHandler(SlaEventTranslator translator, ProjectionBatches batches) {
        this.translator = translator;
        this.batches = batches;
    }

    /** One poll's records as one batch ({@link ProjectionBatches}); types the reports do not count are skipped. */
    public void handle(List<byte[]> records) {
        batches.apply(EventMetrics.SLA, records, event -> translator.translate(event).map(TicketChange::of));
    }
}
