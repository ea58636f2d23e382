package dev.helpdesk.ticket.integration;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.eventsourcing.AcknowledgedBatches;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.ticket.api.TicketEventNames;
import dev.helpdesk.ticket.api.TicketStatus;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every ticket event from the event store to {@value Topics#TICKETS}. It runs in a
 * tracking processor whose token lives beside the events; events come in batches
 * ({@code axon.eventhandling.processors.kafka-publisher.batch-size}) and are acknowledged as a
 * whole before the token moves ({@link AcknowledgedBatches}, D21): at least once, never lost, and
 * the CloudEvent id is the stored event's id, so a consumer recognises a repeat.
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

    private final AcknowledgedBatches batches;
    private final TicketStatusTracker statuses;

    KafkaTicketPublisher(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, TicketStatusTracker statuses,
            MeterRegistry meters, @Value("${helpdesk.kafka.ack-timeout:30s}") Duration ackTimeout) {
        this.batches = new AcknowledgedBatches(kafka, codec, meters, Topics.TICKETS, ackTimeout);
        this.statuses = statuses;
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) throws Exception {
        if (TICKET_AGGREGATE_TYPE.equals(message.getType())) {
            TicketStatus status = statuses.statusAfter(message);
            String actor = (String) message.getMetaData().get(MessageMetadata.ACTOR_ID);
            Object data = IntegrationEvents.translate(event,
                    new EventContext(status.name(), actor, message.getTimestamp()));
            batches.send(new OutgoingEvent(message.getIdentifier(), Sources.TICKET_SERVICE,
                    TicketEventNames.of(message.getPayloadType()), message.getAggregateIdentifier(),
                    message.getTimestamp(), message.getSequenceNumber() + 1,
                    (String) message.getMetaData().get(MessageMetadata.TRACEPARENT), data));
            statuses.published(message, status);
        }
        batches.awaitIfLastOfBatch();
    }
}
