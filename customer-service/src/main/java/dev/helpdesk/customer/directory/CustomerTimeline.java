package dev.helpdesk.customer.directory;

import dev.helpdesk.customer.api.AssetAssigned;
import dev.helpdesk.customer.api.CustomerChanged;
import dev.helpdesk.customer.api.CustomerErased;
import dev.helpdesk.customer.api.CustomerErasure;
import dev.helpdesk.customer.api.CustomerProfile;
import dev.helpdesk.customer.api.CustomerRegistered;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/**
 * A customer's record folded from its events: what {@code GET /customers/{id}} answers when the
 * directory has not caught up yet (a customer registered an instant ago, which the ticket service
 * may be asking about, D43), so that a record is readable as soon as its command returned. The
 * events of an erased customer read without their personal data (their key is deleted).
 */
@Component
public class CustomerTimeline {

    private final EventStore events;

    CustomerTimeline(EventStore events) {
        this.events = events;
    }

    public Optional<CustomerView> current(String customerId) {
        DomainEventStream stream = events.readEvents(customerId);
        CustomerProfile profile = null;
        long version = 0;
        Instant createdAt = null;
        Instant updatedAt = null;
        CustomerErasure erasure = null;
        while (stream.hasNext()) {
            DomainEventMessage<?> message = stream.next();
            Object event = message.getPayload();
            if (event instanceof CustomerRegistered registered) {
                profile = registered.profile();
                createdAt = message.getTimestamp();
            } else if (event instanceof CustomerChanged changed) {
                profile = changed.profile();
            } else if (event instanceof CustomerErased erased) {
                profile = erased.profile();
                erasure = new CustomerErasure(message.getTimestamp(), erased.erasedBy(), erased.reason());
            } else if (!(event instanceof AssetAssigned)) {
                return Optional.empty(); // another aggregate's id, such as an organisation's
            }
            version = message.getSequenceNumber() + 1;
            updatedAt = message.getTimestamp();
        }
        if (profile == null) {
            return Optional.empty();
        }
        return Optional.of(new CustomerView(customerId, profile.name(), profile.emails(), profile.phone(),
                profile.organizationId(), profile.locale(), profile.timeZone(), profile.vip(), profile.tier(),
                profile.active(), version, createdAt, updatedAt, erasure));
    }
}
