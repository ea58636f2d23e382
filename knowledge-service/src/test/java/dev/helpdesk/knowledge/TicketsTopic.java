package dev.helpdesk.knowledge;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketUpdated;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The tickets topic as the ticket service fills it, through plain Kafka clients: real CloudEvent
 * records, keyed by ticket. Everything goes to partition 0, so a record's effect being visible means
 * every record sent before it was consumed.
 */
final class TicketsTopic implements AutoCloseable {

    static final String TRACEPARENT = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private final TopicProbe kafka;

    TicketsTopic(String bootstrapServers) {
        this.kafka = new TopicProbe(bootstrapServers);
    }

    void send(String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.TICKETS, 0, key, value);
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
    }

    Ticket opened(String type, String subject, String description, String requesterId) {
        Ticket ticket = new Ticket(this, UUID.randomUUID().toString());
        Instant at = Instant.now();
        ticket.send(TicketEventTypes.OPENED, new TicketOpened(ticket.id, "HD-900001", type, "NEW", subject,
                description, requesterId, "PORTAL", "network", "MEDIUM", "MEDIUM", "P3", List.of("vpn"),
                "demo-agent", at), at);
        return ticket;
    }

    List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        return kafka.everythingOn(Topics.deadLetterOf(Topics.TICKETS));
    }

    @Override
    public void close() {
        kafka.close();
    }

    /** One ticket's events, sequence 1, 2, 3… as the ticket service numbers them. */
    static final class Ticket {

        private final TicketsTopic topic;
        final String id;
        private long sequence;
        private byte[] last;

        private Ticket(TicketsTopic topic, String id) {
            this.topic = topic;
            this.id = id;
        }

        Ticket updated(String subject, String description) {
            Instant at = Instant.now();
            return send(TicketEventTypes.UPDATED, new TicketUpdated(id, "NEW", subject, description, "printing",
                    List.of(), "demo-agent", at), at);
        }

        Ticket resolved(String code, String note, String articleId) {
            Instant at = Instant.now();
            return send(TicketEventTypes.RESOLVED, new TicketResolved(id, "RESOLVED", code, note, articleId,
                    "an-agent", at), at);
        }

        /** The last record once more, byte for byte, as an at-least-once producer may send it. */
        Ticket redeliverTheLast() {
            topic.send(id, last);
            return this;
        }

        private Ticket send(String type, Object data, Instant at) {
            sequence++;
            last = CODEC.encode(new OutgoingEvent(UUID.randomUUID().toString(), Sources.TICKET_SERVICE, type, id, at,
                    sequence, TRACEPARENT, data));
            topic.send(id, last);
            return this;
        }
    }
}
