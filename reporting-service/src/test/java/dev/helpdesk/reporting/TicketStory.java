package dev.helpdesk.reporting;

import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

/**
 * One ticket's events sent to the tickets topic as the ticket service would: sequence 1, 2, 3…,
 * keyed by the ticket. Each data record is made from the ticket id and the event's moment.
 */
final class TicketStory {

    private final TicketsTopic topic;
    private final String ticketId = UUID.randomUUID().toString();
    private long sequence;
    private byte[] last;

    TicketStory(TicketsTopic topic) {
        this.topic = topic;
    }

    String ticketId() {
        return ticketId;
    }

    /** The sequence of the last event sent. */
    long sequence() {
        return sequence;
    }

    TicketStory opened(String priority, Instant at) {
        return then(TicketEventTypes.OPENED, at, (id, time) -> new TicketOpened(id, "HD-900001", "INCIDENT", "NEW",
                "VPN drops", "Every ten minutes", "c0000000-0000-4000-8000-000000000001", "PHONE", "network",
                "MEDIUM", "MEDIUM", priority, List.of("vpn"), "demo-agent", time));
    }

    /** Opened with the details a report lists: its number, type, category, subject and affected asset. */
    TicketStory opened(String number, String type, String priority, String category, String subject, String assetId,
            Instant at) {
        return then(TicketEventTypes.OPENED, at, (id, time) -> new TicketOpened(id, number, type, "NEW", subject,
                "As reported", "c0000000-0000-4000-8000-000000000001", "PORTAL", category, "MEDIUM", "MEDIUM",
                priority, List.of(), "demo-agent", time, assetId));
    }

    TicketStory then(String type, Instant at, BiFunction<String, Instant, Object> data) {
        sequence++;
        last = TicketEventRecords.event(type, ticketId, sequence, data.apply(ticketId, at), at);
        topic.send(ticketId, last);
        return this;
    }

    /** Sends the last record once more, byte for byte, as an at-least-once producer may. */
    TicketStory redeliverTheLast() {
        topic.send(ticketId, last);
        return this;
    }
}
