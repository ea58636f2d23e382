package dev.helpdesk.reporting.integration;

import dev.helpdesk.reporting.query.TicketChange;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Applies one poll's records of the tickets topic to the projection, as one batch
 * ({@link ProjectionBatches}). It returns only once the projection has written, so the records'
 * offsets are committed after the write; whatever it throws names the record to retry or
 * dead-letter.
 */
@Component
public class TicketEventHandler {

    private final TicketEventTranslator translator;
    private final ProjectionBatches batches;

    TicketEventHandler(TicketEventTranslator translator, ProjectionBatches batches) {
        this.translator = translator;
        this.batches = batches;
    }

    public void handle(List<byte[]> records) {
        batches.apply(EventMetrics.TICKETS, records, event -> translator.translate(event).map(TicketChange::of));
    }
}
