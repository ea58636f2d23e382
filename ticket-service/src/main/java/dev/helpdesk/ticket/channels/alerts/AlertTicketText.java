package dev.helpdesk.ticket.channels.alerts;

import dev.helpdesk.contracts.alert.AlertReceived;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an alert's incident says: a subject an agent recognises in a queue (the alert's summary, or its
 * name and instance) and a description with everything the alert told (its own description, labels,
 * annotations and the links back to Prometheus and Alertmanager), within the ticket's limits.
 */
final class AlertTicketText {

    /** The ticket's own limits (TicketRules). */
    static final int MAX_SUBJECT = 200;
    static final int MAX_DESCRIPTION = 20_000;

    private AlertTicketText() {
    }

    static String subject(AlertReceived alert) {
        String summary = annotation(alert, "summary");
        if (summary == null) {
            String instance = alert.labels() == null ? null : alert.labels().get("instance");
            summary = instance == null || instance.isBlank() ? alert.alertName()
                    : alert.alertName() + " on " + instance;
        }
        return cut(summary.strip(), MAX_SUBJECT);
    }

    static String description(AlertReceived alert) {
        StringBuilder text = new StringBuilder();
        text.append("Monitoring alert ").append(alert.alertName()).append(" firing since ").append(alert.startsAt())
                .append(" (fingerprint ").append(alert.fingerprint()).append(").\n");
        String description = annotation(alert, "description");
        if (description != null) {
            text.append('\n').append(description.strip()).append('\n');
        }
        list(text, "Labels", alert.labels());
        list(text, "Annotations", alert.annotations());
        if (alert.generatorUrl() != null) {
            text.append("\nSource: ").append(alert.generatorUrl());
        }
        if (alert.externalUrl() != null) {
            text.append("\nAlertmanager: ").append(alert.externalUrl());
        }
        return cut(text.toString().strip(), MAX_DESCRIPTION);
    }

    static String resolutionNote(AlertReceived alert) {
        return "Resolved automatically: the monitoring alert " + alert.alertName() + " resolved at "
                + (alert.endsAt() == null ? alert.receivedAt() : alert.endsAt()) + ".";
    }

    static String takenOverNote(AlertReceived alert) {
        return resolutionNote(alert).replace("Resolved automatically: the", "The")
                + " The incident stays open: an agent has taken it over.";
    }

    private static void list(StringBuilder text, String title, Map<String, String> entries) {
        if (entries == null || entries.isEmpty()) {
            return;
        }
        text.append('\n').append(title).append(":\n");
        new TreeMap<>(entries).forEach((key, value) -> text.append("- ").append(key).append(": ").append(value)
                .append('\n'));
    }

    private static String annotation(AlertReceived alert, String name) {
        String value = alert.annotations() == null ? null : alert.annotations().get(name);
        return value == null || value.isBlank() ? null : value;
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
