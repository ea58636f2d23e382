package dev.helpdesk.customer.alert.api;

/** The alert's occurrence ended: its incident {@code incidentId} may be resolved. */
public record AlertResolved(String fingerprint, String incidentId, AlertNotification notification) {
}
