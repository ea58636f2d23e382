package dev.helpdesk.customer.alert.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Take one alert of a monitoring notification: the alert with this fingerprint fired or resolved. */
public record ReceiveAlert(@TargetAggregateIdentifier String fingerprint, AlertNotification notification) {
}
