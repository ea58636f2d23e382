package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What one ticket event changes in its ticket's {@link TicketFacts}, keyed by the
 * {@link TicketFacts} field names, and where the event stands in the ticket's stream. The
 * projection applies all of it in one conditional write, so the sequence rule that keeps a
 * repeated event from setting a field twice also keeps it from appending or counting twice.
 *
 * @param sequence      the event's aggregate sequence; only an event newer than the last applied
 *                      one changes the document
 * @param fields        field name to its new value; a null value clears the field (an assignee
 *                      taken off); {@link Instant} values are stored as dates
 * @param appendedTimes list field name to a moment to add to it (every resolution, every reopening)
 * @param incremented   counter fields to raise by one
 */
public record TicketFactsChange(String ticketId, String eventId, long sequence, Map<String, Object> fields,
        Map<String, Instant> appendedTimes, Set<String> incremented) {

    public TicketFactsChange {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(eventId, "eventId");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1, was " + sequence);
        }
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        appendedTimes = Map.copyOf(appendedTimes);
        incremented = Set.copyOf(incremented);
    }

    public static Builder of(String ticketId, String eventId, long sequence) {
        return new Builder(ticketId, eventId, sequence);
    }

    /** Collects a change field by field, in the order the translator reads the event. */
    public static final class Builder {

        private final String ticketId;
        private final String eventId;
        private final long sequence;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final Map<String, Instant> appendedTimes = new LinkedHashMap<>();
        private final Set<String> incremented = new LinkedHashSet<>();

        private Builder(String ticketId, String eventId, long sequence) {
            this.ticketId = ticketId;
            this.eventId = eventId;
            this.sequence = sequence;
        }

        public Builder set(String field, Object value) {
            fields.put(field, value);
            return this;
        }

        public Builder appendTime(String field, Instant time) {
            appendedTimes.put(field, Objects.requireNonNull(time, field));
            return this;
        }

        public Builder increment(String field) {
            incremented.add(field);
            return this;
        }

        public TicketFactsChange build() {
            return new TicketFactsChange(ticketId, eventId, sequence, fields, appendedTimes, incremented);
        }
    }
}
