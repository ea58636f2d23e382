package dev.helpdesk.contracts.alert;

/**
 * CloudEvents {@code type} of each monitoring alert event, published by the customer service (which
 * takes Prometheus Alertmanager's webhook) on {@link dev.helpdesk.contracts.Topics#CHANNELS}, keyed by
 * the alert's fingerprint. The version is part of the name: a change that breaks consumers gets a new
 * name.
 */
public final class AlertEventTypes {

    /**
     * An alert began firing (a new occurrence, with the id of the incident to open for it) or the
     * occurrence ended (the alert resolved); repeated notifications of an occurrence are not published.
     */
    public static final String RECEIVED = "helpdesk.alert.received.v1";

    private AlertEventTypes() {
    }
}
