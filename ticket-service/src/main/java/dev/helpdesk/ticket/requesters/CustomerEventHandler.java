package dev.helpdesk.ticket.requesters;

import dev.helpdesk.contracts.customer.CustomerAssetAssigned;
import dev.helpdesk.contracts.customer.CustomerEventTypes;
import dev.helpdesk.contracts.customer.CustomerRegistered;
import dev.helpdesk.contracts.customer.CustomerUpdated;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import io.cloudevents.CloudEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * Keeps whether each requester is active from the customer events (D43): registered and updated
 * both carry the whole shared profile, so each is the requester as of its sequence. Also keeps the
 * ids of the devices assigned to each (D89: asset-assigned), which a ticket may name as its affected
 * asset; assets are only ever added, so their order does not matter. Counted in
 * {@code helpdesk.tickets.customer-events{outcome}}.
 */
@Component
class CustomerEventHandler {

    static final String EVENTS = "helpdesk.tickets.customer-events";

    private final CloudEventCodec codec;
    private final KnownRequesters known;
    private final Counter applied;
    private final Counter outdated;
    private final Counter skipped;
    private final Counter deadLettered;

    CustomerEventHandler(CloudEventCodec codec, KnownRequesters known, MeterRegistry meters) {
        this.codec = codec;
        this.known = known;
        this.applied = counter(meters, "applied", "customer events whose active flag was kept");
        this.outdated = counter(meters, "outdated",
                "customer events older than the profile kept (redelivered or late)");
        this.skipped = counter(meters, "skipped", "customer events of a type the ticket service does not read");
        this.deadLettered = counter(meters, "dead-lettered", "customer records sent to the dead-letter topic");
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        String customerId;
        boolean active;
        if (CustomerEventTypes.REGISTERED.equals(event.getType())) {
            CustomerRegistered registered = codec.dataOf(event, CustomerRegistered.class);
            customerId = registered.customerId();
            active = registered.active();
        } else if (CustomerEventTypes.UPDATED.equals(event.getType())) {
            CustomerUpdated updated = codec.dataOf(event, CustomerUpdated.class);
            customerId = updated.customerId();
            active = updated.active();
        } else if (CustomerEventTypes.ASSET_ASSIGNED.equals(event.getType())) {
            assetAssigned(event, codec.dataOf(event, CustomerAssetAssigned.class));
            return;
        } else {
            skipped.increment();
            return;
        }
        long sequence = CloudEventCodec.sequenceOf(event);
        if (customerId == null || customerId.isBlank() || sequence < 1) {
            throw new MalformedEventException("Customer event " + event.getId() + " names no customer or sequence");
        }
        (known.record(customerId, active, sequence) ? applied : outdated).increment();
    }

    private void assetAssigned(CloudEvent event, CustomerAssetAssigned assigned) {
        if (assigned.customerId() == null || assigned.customerId().isBlank() || assigned.assetId() == null
                || assigned.assetId().isBlank()) {
            throw new MalformedEventException("Asset event " + event.getId() + " names no customer or asset");
        }
        (known.recordAsset(assigned.customerId(), assigned.assetId()) ? applied : outdated).increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    private static Counter counter(MeterRegistry meters, String outcome, String description) {
        return Counter.builder(EVENTS).tag("outcome", outcome).description(description).register(meters);
    }
}
