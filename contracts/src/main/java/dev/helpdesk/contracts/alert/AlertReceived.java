package dev.helpdesk.contracts.alert;

import java.time.Instant;
import java.util.Map;

/**
 * The {@code data} of a {@value AlertEventTypes#RECEIVED} event: a monitoring alert (one Alertmanager
 * fingerprint) started an occurrence ({@code FIRING}) or ended it ({@code RESOLVED}). Each occurrence
 * has one incident, whose ticket id the event names, so a consumer opens exactly that ticket and
 * finds it again when the occurrence ends. Its CloudEvent {@code subject} and record key are the
 * fingerprint, its {@code sequence} the alert's own, from 1.
 *
 * @param fingerprint  Alertmanager's fingerprint of the alert's label set; also the subject and the key
 * @param status       {@code FIRING} (a new occurrence) or {@code RESOLVED} (the occurrence ended)
 * @param incidentId   the ticket id (a UUID) of the occurrence's incident: to open on FIRING, to resolve
 *                     on RESOLVED
 * @param alertName    the {@code alertname} label
 * @param labels       all labels of the alert (severity, instance, job, …)
 * @param annotations  all annotations of the alert (summary, description, runbook_url, …)
 * @param startsAt     when the occurrence started, as Alertmanager says
 * @param endsAt       when it ended; null while firing
 * @param generatorUrl the link back to the source of the alert (a Prometheus graph); null if none
 * @param externalUrl  the link to the Alertmanager that sent it; null if none
 * @param receiver     the Alertmanager receiver that sent the notification
 * @param receivedBy   the integration client (token subject) that posted the notification
 * @param receivedAt   when the customer service accepted it; also the CloudEvent's {@code time}
 */
public record AlertReceived(
        String fingerprint,
        String status,
        String incidentId,
        String alertName,
        Map<String, String> labels,
        Map<String, String> annotations,
        Instant startsAt,
        Instant endsAt,
        String generatorUrl,
        String externalUrl,
        String receiver,
        String receivedBy,
        Instant receivedAt) {

    public static final String FIRING = "FIRING";
    public static final String RESOLVED = "RESOLVED";
}
