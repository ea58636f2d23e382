package dev.helpdesk.customer.alert.integration;

import dev.helpdesk.contracts.alert.AlertEventTypes;
import dev.helpdesk.contracts.alert.AlertReceived;
import dev.helpdesk.customer.alert.api.AlertFired;
import dev.helpdesk.customer.alert.api.AlertNotification;
import dev.helpdesk.customer.alert.api.AlertResolved;
import dev.helpdesk.customer.channel.ChannelEvent;
import dev.helpdesk.customer.channel.ChannelEventMapping;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.springframework.stereotype.Component;

/**
 * The alerts' events as {@value AlertEventTypes#RECEIVED} on the channels topic: a new occurrence
 * ({@code FIRING}, with the incident to open) and its end ({@code RESOLVED}, with the incident to
 * resolve), keyed by the fingerprint.
 */
@Component
class AlertChannelEvents implements ChannelEventMapping {

    @Override
    public Optional<ChannelEvent> map(Object event, DomainEventMessage<?> message) {
        if (event instanceof AlertFired fired) {
            return Optional.of(received(fired.fingerprint(), AlertReceived.FIRING, fired.incidentId(),
                    fired.notification(), message.getTimestamp()));
        }
        if (event instanceof AlertResolved resolved) {
            AlertNotification notification = resolved.notification();
            Instant endsAt = notification.endsAt() == null ? message.getTimestamp() : notification.endsAt();
            return Optional.of(received(resolved.fingerprint(), AlertReceived.RESOLVED, resolved.incidentId(),
                    notification.endedAt(endsAt), message.getTimestamp()));
        }
        return Optional.empty();
    }

    private static ChannelEvent received(String fingerprint, String status, String incidentId,
            AlertNotification notification, Instant receivedAt) {
        return new ChannelEvent(AlertEventTypes.RECEIVED, new AlertReceived(fingerprint, status, incidentId,
                notification.alertName(), notification.labels(), notification.annotations(),
                notification.startsAt(), AlertReceived.FIRING.equals(status) ? null : notification.endsAt(),
                notification.generatorUrl(), notification.externalUrl(), notification.receiver(),
                notification.receivedBy(), receivedAt));
    }
}
