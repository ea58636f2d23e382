package dev.helpdesk.customer.integration;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.customer.CustomerAssetAssigned;
import dev.helpdesk.contracts.customer.CustomerEventTypes;
import dev.helpdesk.contracts.customer.CustomerUpdated;
import dev.helpdesk.customer.api.AssetAssigned;
import dev.helpdesk.customer.api.CustomerChanged;
import dev.helpdesk.customer.api.CustomerErased;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerRegistered;
import dev.helpdesk.eventsourcing.AcknowledgedBatches;
import dev.helpdesk.eventsourcing.MessageMetadata;
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
 * Publishes the customer events from the event store to {@value Topics#CUSTOMERS} (D34): a tracking
 * processor whose token lives beside the events, each batch acknowledged as a whole before the token
 * moves ({@link AcknowledgedBatches}): at least once, never lost, the CloudEvent id the stored
 * event's id. Only the shared profile goes out, never a name, address or phone number: those stay
 * here, where an erasure can reach them. An erasure goes out as an update that names the erased
 * fields (and {@code erasure}) and makes the customer inactive, so no new ticket names them (D65).
 * An asset assignment goes out as {@code helpdesk.customer.asset-assigned.v1}, so that the ticket
 * service knows whose device a ticket may name. Organisation events have no public contract yet and
 * stay inside the service.
 */
@Component
@ProcessingGroup(KafkaCustomerPublisher.PROCESSING_GROUP)
class KafkaCustomerPublisher {

    static final String PROCESSING_GROUP = "kafka-publisher";

    private final AcknowledgedBatches batches;

    KafkaCustomerPublisher(KafkaTemplate<String, byte[]> kafka, CloudEventCodec codec, MeterRegistry meters,
            @Value("${helpdesk.kafka.ack-timeout:30s}") Duration ackTimeout) {
        this.batches = new AcknowledgedBatches(kafka, codec, meters, Topics.CUSTOMERS, ackTimeout);
    }

    @EventHandler
    void on(Object event, DomainEventMessage<?> message) throws Exception {
        if (event instanceof CustomerRegistered registered) {
            CustomerProfile profile = registered.profile();
            send(message, CustomerEventTypes.REGISTERED, new dev.helpdesk.contracts.customer.CustomerRegistered(
                    registered.customerId(), profile.organizationId(), profile.vip(), profile.tier(), profile.active(),
                    message.getTimestamp()));
        } else if (event instanceof CustomerChanged changed) {
            CustomerProfile profile = changed.profile();
            send(message, CustomerEventTypes.UPDATED, new CustomerUpdated(changed.customerId(),
                    profile.organizationId(), profile.vip(), profile.tier(), profile.active(), changed.changed(),
                    message.getTimestamp()));
        } else if (event instanceof CustomerErased erased) {
            CustomerProfile profile = erased.profile();
            send(message, CustomerEventTypes.UPDATED, new CustomerUpdated(erased.customerId(),
                    profile.organizationId(), profile.vip(), profile.tier(), profile.active(), erased.changed(),
                    message.getTimestamp()));
        } else if (event instanceof AssetAssigned asset) {
            send(message, CustomerEventTypes.ASSET_ASSIGNED, new CustomerAssetAssigned(asset.customerId(),
                    asset.assetId(), asset.type(), asset.model(), asset.serial(), asset.assetTag(),
                    message.getTimestamp()));
        }
        batches.awaitIfLastOfBatch();
    }

    private void send(DomainEventMessage<?> message, String type, Object data) throws Exception {
        batches.send(new OutgoingEvent(message.getIdentifier(), Sources.CUSTOMER_SERVICE, type,
                message.getAggregateIdentifier(), message.getTimestamp(), message.getSequenceNumber() + 1,
                (String) message.getMetaData().get(MessageMetadata.TRACEPARENT), data));
    }
}
