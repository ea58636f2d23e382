package dev.helpdesk.escalation.clocks.integration;

import dev.helpdesk.contracts.customer.CustomerEventTypes;
import dev.helpdesk.contracts.customer.CustomerRegistered;
import dev.helpdesk.contracts.customer.CustomerUpdated;
import dev.helpdesk.escalation.clocks.RequesterChanges;
import dev.helpdesk.escalation.clocks.RequesterProfile;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import io.cloudevents.CloudEvent;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies one record of the customers topic to the requester's profile and the open clocks of their
 * tickets (D34). Registered and updated events both carry the customer's whole shared profile, so
 * each is the profile as of its sequence. It returns only once the clocks are written, so the
 * offset is committed after them; whatever it throws is retried or dead-lettered by the binding.
 */
@Component
class CustomerEventHandler {

    private static final Logger log = LoggerFactory.getLogger(CustomerEventHandler.class);

    private final CloudEventCodec codec;
    private final RequesterChanges changes;
    private final CustomerEventMetrics metrics;

    CustomerEventHandler(CloudEventCodec codec, RequesterChanges changes, CustomerEventMetrics metrics) {
        this.codec = codec;
        this.changes = changes;
        this.metrics = metrics;
    }

    void handle(byte[] record) {
        CloudEvent event = codec.decode(record);
        RequesterProfile profile;
        switch (event.getType()) {
            case CustomerEventTypes.REGISTERED -> {
                CustomerRegistered registered = codec.dataOf(event, CustomerRegistered.class);
                profile = profile(event, registered.customerId(), registered.vip(), registered.tier());
            }
            case CustomerEventTypes.UPDATED -> {
                CustomerUpdated updated = codec.dataOf(event, CustomerUpdated.class);
                profile = profile(event, updated.customerId(), updated.vip(), updated.tier());
            }
            default -> {
                log.debug("Skipped event {} of type {}, not one the SLA clocks read", event.getId(), event.getType());
                metrics.skipped();
                return;
            }
        }
        int changed = changes.apply(profile);
        log.debug("Customer {} at sequence {}: {} clocks changed", profile.customerId(), profile.sequence(), changed);
        metrics.applied(changed);
    }

    private static RequesterProfile profile(CloudEvent event, String customerId, boolean vip, String tier) {
        if (customerId == null || customerId.isBlank()) {
            throw new MalformedEventException("Customer event " + event.getId() + " names no customerId");
        }
        if (!customerId.equals(event.getSubject())) {
            throw new MalformedEventException("Customer event " + event.getId() + " is about " + customerId
                    + " but its subject is " + event.getSubject());
        }
        long sequence = CloudEventCodec.sequenceOf(event);
        if (sequence < 1) {
            throw new MalformedEventException("Customer event " + event.getId() + " has no sequence");
        }
        if (event.getTime() == null) {
            throw new MalformedEventException("Customer event " + event.getId() + " has no time");
        }
        Instant at = event.getTime().toInstant();
        return new RequesterProfile(customerId, vip, tier, sequence, at);
    }
}
