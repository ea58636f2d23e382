package dev.helpdesk.knowledge.integration;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.eventsourcing.AcknowledgedBatches;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.knowledge.api.ArticleEventNames;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes every event of the store (the article events, and the suggestions recorded for tickets,
 * keyed by the ticket) to {@value Topics#KNOWLEDGE}, the way the
 * ticket service publishes its events (decisions D4, D21): a tracking processor whose token lives
 * beside the events in MongoDB; each event of a batch is sent without waiting, and the handler of
 * the batch's last event waits until Kafka acknowledged all of them (acks=all) before the
 * processor may store its token ({@link AcknowledgedBatches}). Any failure propagates and the batch is sent again: at least
 * once, never lost; the CloudEvent id is the stored event's id, so consumers recognise a repeat.
 * One handler takes every event, so an event without a translation stops the processor instead of
 * being skipped.
 */
@Component
@ProcessingGroup(KafkaArticlePublisher.PROCESSING_GROUP)
class KafkaArticlePublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";

    private final AcknowledgedBatches batches;

    KafkaArticlePublisher(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, MeterRegistry meters,
            @Value("${helpdesk.kafka.ack-timeout:30s}") Duration ackTimeout) {
        this.batches = new AcknowledgedBatches(kafka, codec, meters, Topics.KNOWLEDGE, ackTimeout);
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) throws Exception {
        String actor = (String) message.getMetaData().get(MessageMetadata.ACTOR_ID);
        String status = ArticleEventNames.isAboutAnArticle(event.getClass())
                ? ArticleEventNames.statusAfter(event.getClass()).name()
                : null;
        Object data = IntegrationEvents.translate(event, new EventContext(status, actor, message.getTimestamp()));
        batches.send(new OutgoingEvent(message.getIdentifier(), Sources.KNOWLEDGE_SERVICE,
                ArticleEventNames.of(message.getPayloadType()), message.getAggregateIdentifier(),
                message.getTimestamp(), message.getSequenceNumber() + 1,
                (String) message.getMetaData().get(MessageMetadata.TRACEPARENT), data));
        batches.awaitIfLastOfBatch();
    }
}
