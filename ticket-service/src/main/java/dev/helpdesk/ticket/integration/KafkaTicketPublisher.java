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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.unitofwork.BatchingUnitOfWork;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every ticket event from the event store to {@value Topics#TICKETS}. It runs in a
 * tracking processor whose token lives beside the events. Events come in batches
 * ({@code axon.eventhandling.processors.kafka-publisher.batch-size}): each is sent as it is
 * handled, without waiting, so the producer pipelines and batches them; the handler of the
 * batch's last event then waits until Kafka acknowledged every record of the batch (acks=all).
 * Any failure propagates, the token stays where it was, and the whole batch is sent again.
 * Delivery is therefore at least once and never lossy; the CloudEvent id is the stored event's
 * id, so a consumer recognises a repeat. The idempotent producer keeps each ticket's records in
 * order on its partition across retries.
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
    private static final String UNACKNOWLEDGED = KafkaTicketPublisher.class.getName() + "/unacknowledged";

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
        List<CompletableFuture<?>> unacknowledged = unacknowledged();
        if (TICKET_AGGREGATE_TYPE.equals(message.getType())) {
            TicketStatus status = statuses.statusAfter(message);
            String actor = (String) message.getMetaData().get(MessageMetadata.ACTOR_ID);
            Object data = IntegrationEvents.translate(event,
                    new EventContext(status.name(), actor, message.getTimestamp()));
            unacknowledged.add(send(message, data));
            statuses.published(message, status);
        }
        if (lastOfItsBatch()) {
            awaitAcknowledgements(unacknowledged);
        }
    }

    private CompletableFuture<?> send(DomainEventMessage<?> message, Object data) {
        String ticketId = message.getAggregateIdentifier();
        OutgoingEvent outgoing = new OutgoingEvent(message.getIdentifier(), Sources.TICKET_SERVICE,
                TicketEventNames.of(message.getPayloadType()), ticketId, message.getTimestamp(),
                message.getSequenceNumber() + 1, (String) message.getMetaData().get(MessageMetadata.TRACEPARENT),
                data);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.TICKETS, ticketId, codec.encode(outgoing));
        record.headers().add("content-type", CloudEventContract.CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
        return kafka.send(record).whenComplete((sent, failure) -> {
            if (failure == null) {
                meters.timer("helpdesk.events.publish.lag", "topic", Topics.TICKETS)
                        .record(Duration.between(message.getTimestamp(), Instant.now()));
            }
        });
    }

    /**
     * Waits for every record sent in this batch. It runs in the handler of the batch's last event,
     * before the processor stores its token: a token stored before the acknowledgements could
     * skip events that never reached Kafka.
     */
    private void awaitAcknowledgements(List<CompletableFuture<?>> sent) throws Exception {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        try {
            for (CompletableFuture<?> record : sent) {
                record.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            meters.counter("helpdesk.events.publish.failures", "topic", Topics.TICKETS).increment();
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (TimeoutException e) {
            meters.counter("helpdesk.events.publish.failures", "topic", Topics.TICKETS).increment();
            throw e;
        } finally {
            sent.clear();
        }
    }

    /** The records sent in the current batch and not yet known to be acknowledged. */
    private static List<CompletableFuture<?>> unacknowledged() {
        if (!CurrentUnitOfWork.isStarted()) {
            return new ArrayList<>(); // called outside a processor: each event is its own batch
        }
        return CurrentUnitOfWork.get().root().getOrComputeResource(UNACKNOWLEDGED, key -> new ArrayList<>());
    }

    private static boolean lastOfItsBatch() {
        return !CurrentUnitOfWork.isStarted()
                || !(CurrentUnitOfWork.get() instanceof BatchingUnitOfWork<?> batch)
                || batch.isLastMessage();
    }
}
