package dev.helpdesk.customer.alert.api;

import java.time.Instant;
import java.util.Map;

/**
 * One alert of a monitoring notification (Alertmanager's webhook), as the desk keeps it.
 *
 * @param firing       true for a firing alert, false for a resolved one
 * @param alertName    the {@code alertname} label
 * @param startsAt     when the alert's occurrence started
 * @param endsAt       when it ended; null while firing
 * @param generatorUrl the link to the alert's source; null if none
 * @param externalUrl  the link to the Alertmanager that sent it; null if none
 * @param receiver     the Alertmanager receiver; null if none
 * @param receivedBy   the integration client that posted the notification
 */
public record AlertNotification(
        boolean firing,
        String alertName,
        Map<String, String> labels,
        Map<String, String> annotations,
        Instant startsAt,
        Instant endsAt,
        String generatorUrl,
        String externalUrl,
        String receiver,
        String receivedBy) {

    public AlertNotification {
        labels = labels == null ? Map.of() : Map.copyOf(labels);
        annotations = annotations == null ? Map.of() : Map.copyOf(annotations);
    }

    /** The same alert, ended at {@code at}: what a new occurrence tells of the one it replaces. */
    public AlertNotification endedAt(Instant at) {
        return new AlertNotification(false, alertName, labels, annotations, startsAt, at, generatorUrl, externalUrl,
                receiver, receivedBy);
    }
}
