package dev.helpdesk.customer.alert.api;

/**
 * A new occurrence of the alert began: the incident {@code incidentId} is to be opened for it.
 * Notifications that repeat a firing occurrence record nothing.
 */
public record AlertFired(String fingerprint, String incidentId, AlertNotification notification) {
}
