package dev.helpdesk.customer.channel;

import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * How the stored events of one channel (monitoring alerts, inbound e-mail) appear on
 * {@code helpdesk.channels.v1}. Each channel declares one as a bean; the {@link KafkaChannelPublisher}
 * asks each in turn, and an event that none maps stays inside the service.
 */
public interface ChannelEventMapping {

    /** The published form of the event; empty if it is not this channel's or not published. */
    Optional<ChannelEvent> map(Object event, DomainEventMessage<?> message);
}
