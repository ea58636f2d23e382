package dev.helpdesk.reporting.query;

import java.util.Map;
import java.util.Objects;

/**
 * What one ticket event changes in its ticket's {@link TicketFacts}: the fields it sets, keyed by
 * the {@link TicketFacts} field names, and where the event stands in the ticket's stream.
 *
 * @param sequence the event's aggregate sequence; only an event newer than the last applied one
 *                 changes the document
 * @param fields   field name to value; {@link java.time.Instant} values are stored as dates
 */
public record TicketFactsChange(String ticketId, String eventId, long sequence, Map<String, Object> fields) {

    public TicketFactsChange {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(eventId, "eventId");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
        fields = Map.copyOf(fields);
    }
}
