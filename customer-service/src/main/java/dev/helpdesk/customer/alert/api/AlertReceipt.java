package dev.helpdesk.customer.alert.api;

/**
 * The answer to {@link ReceiveAlert}.
 *
 * @param incidentId the incident of the occurrence the alert belongs to; null when it belongs to none
 */
public record AlertReceipt(String fingerprint, String incidentId, AlertOutcome outcome) {
}
