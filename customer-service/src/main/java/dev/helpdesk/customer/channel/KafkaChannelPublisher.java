package dev.helpdesk.customer.channel;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.eventsourcing.AcknowledgedBatches;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes the channels' events (monitoring alerts; inbound e-mail, survey answers) from the event store to
 * {@value Topics#CHANNELS}, as {@code KafkaCustomerPublisher} does for the customers topic: a tracking
 * processor of its own ({@value #PROCESSING_GROUP}) whose token lives beside the events, each batch
 * acknowledged as a whole before the token moves ({@link AcknowledgedBatches}): at least once, never
 * lost, the CloudEvent id the stored event's id, the key and subject the aggregate's id. Which events
 * go out, and as what, each channel says with a {@link ChannelEventMapping} bean.
 */
@Component
@ProcessingGroup(KafkaChannelPublisher.PROCESSING_GROUP)
class KafkaChannelPublisher {

    static final String PROCESSING_GROUP = "channels-publisher";

    private final AcknowledgedBatches batches;
    private final List<ChannelEventMapping> mappings;

    KafkaChannelPublisher(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, MeterRegistry meters,
            List<ChannelEventMapping> mappings, @Value("${helpdesk.kafka.ack-timeout:30s}") Duration ackTimeout) {
        this.batches = new AcknowledgedBatches(kafka, codec, meters, Topics.CHANNELS, ackTimeout);
        this.mappings = List.copyOf(mappings);
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) throws Exception {
        for (ChannelEventMapping mapping : mappings) {
            Optional<ChannelEvent> published = mapping.map(event, message);
            if (published.isPresent()) {
                send(message, published.get());
                break;
            }
        }
        batches.awaitIfLastOfBatch();
    }

    private void send(DomainEventMessage<?> message, ChannelEvent event) throws Exception {
        batches.send(new OutgoingEvent(message.getIdentifier(), Sources.CUSTOMER_SERVICE, event.type(),
                message.getAggregateIdentifier(), message.getTimestamp(), message.getSequenceNumber() + 1,
                (String) message.getMetaData().get(MessageMetadata.TRACEPARENT), event.data()));
    }
}
