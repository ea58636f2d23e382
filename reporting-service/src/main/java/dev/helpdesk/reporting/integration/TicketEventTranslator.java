package dev.helpdesk.reporting.integration;

import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.reporting.query.TicketFacts;
import dev.helpdesk.reporting.query.TicketFactsChange;
import io.cloudevents.CloudEvent;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Translates a ticket event from the published language into the change it makes to the
 * reports' view of its ticket. Anything that breaks the contract is a
 * {@link MalformedEventException}, which sends the record to the dead-letter topic.
 */
@Component
public class TicketEventTranslator {

    private final CloudEventCodec codec;

    public TicketEventTranslator(CloudEventCodec codec) {
        this.codec = codec;
    }

    /**
     * The change the event asks for, or empty for a type this service does not know: a newer
     * producer's valid event, which is skipped rather than dead-lettered.
     */
    public Optional<TicketFactsChange> changeOf(CloudEvent event) {
        long sequence = requireEnvelope(event);
        return switch (event.getType()) {
            case TicketEventTypes.OPENED -> Optional.of(opened(event, sequence));
            default -> Optional.empty();
        };
    }

    /** The envelope rules of every event on the topic (DESIGN.md section 3); returns the sequence. */
    private static long requireEnvelope(CloudEvent event) {
        if (isBlank(event.getSubject())) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " has no subject (the ticket id)");
        }
        long sequence = CloudEventCodec.sequenceOf(event);
        if (sequence < 1) {
            throw new MalformedEventException("CloudEvent " + event.getId()
                    + " has no sequence extension of 1 or more, so it cannot be ordered against its ticket's events");
        }
        return sequence;
    }

    private TicketFactsChange opened(CloudEvent event, long sequence) {
        TicketOpened opened = codec.dataOf(event, TicketOpened.class);
        if (!event.getSubject().equals(opened.ticketId())) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " is about ticket "
                    + event.getSubject() + " but its data names ticket " + opened.ticketId());
        }
        requireData(event, "status", opened.status());
        requireData(event, "priority", opened.priority());
        requireData(event, "openedAt", opened.openedAt());

        Map<String, Object> fields = new HashMap<>();
        fields.put(TicketFacts.NUMBER, opened.number());
        fields.put(TicketFacts.TYPE, opened.type());
        fields.put(TicketFacts.CHANNEL, opened.channel());
        fields.put(TicketFacts.CATEGORY, opened.category());
        fields.put(TicketFacts.PRIORITY, opened.priority());
        fields.put(TicketFacts.STATUS, opened.status());
        fields.put(TicketFacts.OPENED_AT, opened.openedAt());
        fields.values().removeIf(value -> value == null);
        return new TicketFactsChange(opened.ticketId(), event.getId(), sequence, fields);
    }

    /** The fields the reports group and filter by: without them the event cannot be counted. */
    private static void requireData(CloudEvent event, String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new MalformedEventException("CloudEvent " + event.getId() + " of type " + event.getType()
                    + " has no " + field + " in its data");
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
