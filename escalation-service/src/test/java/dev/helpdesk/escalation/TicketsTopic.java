package dev.helpdesk.escalation;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.TopicProbe;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The tickets topic and its dead-letter topic as a test sees them through plain Kafka clients,
 * with real CloudEvent records as the ticket service writes them. Everything goes to partition 0,
 * so "sent after" means "consumed after".
 */
final class TicketsTopic implements AutoCloseable {

    static final String DEAD_LETTERS = Topics.deadLetterOf(Topics.TICKETS);
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private final TopicProbe kafka;

    TicketsTopic(String bootstrapServers) {
        this.kafka = new TopicProbe(bootstrapServers);
    }

    /** Sends a record keyed by ticket id, with the content type the ticket service sets, and waits for the ack. */
    void send(String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.TICKETS, 0, key, value);
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        kafka.send(record);
    }

    /** A ticket event as the ticket service publishes it: its data's instant is also the event's time. */
    static byte[] event(String type, String ticketId, long sequence, Object data, Instant at) {
        return CODEC.encode(new OutgoingEvent(UUID.randomUUID().toString(), Sources.TICKET_SERVICE, type, ticketId,
                at, sequence, null, data));
    }

    Story newTicket() {
        return new Story(this);
    }

    /** Everything on the dead-letter topic right now, from its start. */
    List<ConsumerRecord<byte[], byte[]>> deadLetters() {
        return kafka.everythingOn(DEAD_LETTERS);
    }

    @Override
    public void close() {
        kafka.close();
    }

    /** One ticket's events sent as the ticket service would: sequence 1, 2, 3…, keyed by the ticket. */
    static final class Story {

        private final TicketsTopic topic;
        private final String ticketId = UUID.randomUUID().toString();
        private long sequence;
        private byte[] last;

        private Story(TicketsTopic topic) {
            this.topic = topic;
        }

        String ticketId() {
            return ticketId;
        }

        long sequence() {
            return sequence;
        }

        Story opened(String priority, Instant at) {
            return opened(priority, "network", at);
        }

        Story opened(String priority, String category, Instant at) {
            return opened(priority, category, "c0000000-0000-4000-8000-000000000001", at);
        }

        Story opened(String priority, String category, String requesterId, Instant at) {
            return then(TicketEventTypes.OPENED, at, (id, time) -> new TicketOpened(id, "HD-900001", "INCIDENT", "NEW",
                    "VPN drops", "Every ten minutes", requesterId, "PHONE", category,
                    "MEDIUM", "MEDIUM", priority, List.of("vpn"), "demo-agent", time));
        }

        Story then(String type, Instant at, BiFunction<String, Instant, Object> data) {
            sequence++;
            last = event(type, ticketId, sequence, data.apply(ticketId, at), at);
            topic.send(ticketId, last);
            return this;
        }

        /** The last record sent, byte for byte. */
        byte[] lastRecord() {
            return last.clone();
        }

        /** Sends the last record once more, byte for byte, as an at-least-once producer may. */
        Story redeliverTheLast() {
            topic.send(ticketId, last);
            return this;
        }
    }
}
