package dev.helpdesk.ticket.integration;

import dev.helpdesk.contracts.CloudEventContract;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.ticket.api.TicketEventNames;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.config.MessageMetadata;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every ticket event from the event store to {@value Topics#TICKETS}. It runs in a
 * tracking processor whose token lives beside the events: the handler returns only after Kafka
 * acknowledged the record (acks=all), and any failure propagates, so the token does not move and
 * the event is sent again. Delivery is therefore at least once and never lossy; the CloudEvent id
 * is the stored event's id, so a consumer recognises a repeat.
 *
 * <p>One handler takes every event, rather than one handler per type: a processor silently
 * skips an event nobody handles, so a new ticket event without a translation would never reach
 * Kafka. Here it fails ({@link UntranslatedTicketEvent}) and holds the processor until it has one.
 */
@Component
@ProcessingGroup(KafkaTicketPublisher.PROCESSING_GROUP)
class KafkaTicketPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";
    /**
     * Axon's aggregate type of the ticket (the aggregate class's simple name). Other aggregates
     * of this service share the event store; their events are not ticket events and are not
     * published on the tickets topic.
     */
    static final String TICKET_AGGREGATE_TYPE = "Ticket";

    private final KafkaTemplate<String, byte[]> kafka;
    private final CloudEventCodec codec;
    private final TicketStatusTracker statuses;
    private final MeterRegistry meters;
    private final Duration ackTimeout;

    KafkaTicketPublisher(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, TicketStatusTracker statuses,
            MeterRegistry meters, @Value("${helpdesk.kafka.ack-timeout:30s}") Duration ackTimeout) {
        this.kafka = kafka;
        this.codec = codec;
        this.statuses = statuses;
        this.meters = meters;
        this.ackTimeout = ackTimeout;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) throws Exception {
        if (!TICKET_AGGREGATE_TYPE.equals(message.getType())) {
            return;
        }
        TicketStatus status = statuses.statusAfter(message);
        String actor = (String) message.getMetaData().get(MessageMetadata.ACTOR_ID);
        Object data = IntegrationEvents.translate(event, new EventContext(status.name(), actor, message.getTimestamp()));
        publish(message, data);
        statuses.published(message, status);
    }

    private void publish(DomainEventMessage<?> message, Object data) throws Exception {
        String ticketId = message.getAggregateIdentifier();
        OutgoingEvent outgoing = new OutgoingEvent(message.getIdentifier(), Sources.TICKET_SERVICE,
                TicketEventNames.of(message.getPayloadType()), ticketId, message.getTimestamp(),
                message.getSequenceNumber() + 1, (String) message.getMetaData().get(MessageMetadata.TRACEPARENT),
                data);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.TICKETS, ticketId, codec.encode(outgoing));
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        try {
            kafka.send(record).get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            meters.counter("helpdesk.events.publish.failures", "topic", Topics.TICKETS).increment();
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            meters.counter("helpdesk.events.publish.failures", "topic", Topics.TICKETS).increment();
            throw e;
        }
        meters.timer("helpdesk.events.publish.lag", "topic", Topics.TICKETS)
                .record(Duration.between(message.getTimestamp(), Instant.now()));
    }
}
