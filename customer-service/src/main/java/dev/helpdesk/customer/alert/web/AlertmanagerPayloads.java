package dev.helpdesk.customer.alert.web;

import dev.helpdesk.customer.alert.api.AlertNotification;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a whole Alertmanager notification before any of it is taken, naming every invalid field
 * ({@code alerts[2].labels.alertname}), and reads each alert into the desk's terms. Limits keep one
 * notification from flooding the event store: Alertmanager's own {@code max_alerts} can cap a group.
 */
final class AlertmanagerPayloads {

    static final int MAX_ALERTS = 1000;
    static final int MAX_ENTRIES = 100;
    static final int MAX_VALUE = 10_000;
    private static final Pattern FINGERPRINT = Pattern.compile("[0-9A-Fa-f]{1,64}");
    /** Alertmanager's "no end yet": Go's zero time. */
    private static final Instant NO_END = Instant.parse("0001-01-01T00:00:00Z");

    private AlertmanagerPayloads() {
    }

    /** Every violation of the notification, empty if it may be taken. */
    static List<Map.Entry<String, String>> violations(AlertmanagerPayload payload) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (payload == null) {
            violations.add(Map.entry("(body)", "must be an Alertmanager webhook notification"));
            return violations;
        }
        if (payload.version() != null && !"4".equals(payload.version())) {
            violations.add(Map.entry("version", "must be 4, the webhook version this endpoint reads"));
        }
        if (payload.alerts() == null || payload.alerts().isEmpty()) {
            violations.add(Map.entry("alerts", "must list at least one alert"));
            return violations;
        }
        if (payload.alerts().size() > MAX_ALERTS) {
            violations.add(Map.entry("alerts", "must list at most " + MAX_ALERTS + " alerts"));
            return violations;
        }
        for (int i = 0; i < payload.alerts().size(); i++) {
            check(payload.alerts().get(i), "alerts[" + i + "]", violations);
        }
        return violations;
    }

    private static void check(AlertmanagerPayload.Alert alert, String at, List<Map.Entry<String, String>> violations) {
        if (alert == null) {
            violations.add(Map.entry(at, "must be an alert"));
            return;
        }
        if (!"firing".equals(alert.status()) && !"resolved".equals(alert.status())) {
            violations.add(Map.entry(at + ".status", "must be firing or resolved"));
        }
        if (alert.fingerprint() == null || !FINGERPRINT.matcher(alert.fingerprint()).matches()) {
            violations.add(Map.entry(at + ".fingerprint", "must be Alertmanager's fingerprint (hexadecimal)"));
        }
        String alertName = alert.labels() == null ? null : alert.labels().get("alertname");
        if (alertName == null || alertName.isBlank()) {
            violations.add(Map.entry(at + ".labels.alertname", "is required"));
        }
        checkSize(alert.labels(), at + ".labels", violations);
        checkSize(alert.annotations(), at + ".annotations", violations);
        if (alert.startsAt() == null || instant(alert.startsAt()) == null) {
            violations.add(Map.entry(at + ".startsAt", "must be an RFC 3339 date-time"));
        }
        if (alert.endsAt() != null && instant(alert.endsAt()) == null) {
            violations.add(Map.entry(at + ".endsAt", "must be an RFC 3339 date-time"));
        }
        if (alert.generatorURL() != null && alert.generatorURL().length() > MAX_VALUE) {
            violations.add(Map.entry(at + ".generatorURL", "must be at most " + MAX_VALUE + " characters"));
        }
    }

    private static void checkSize(Map<String, String> entries, String at, List<Map.Entry<String, String>> violations) {
        if (entries == null) {
            return;
        }
        if (entries.size() > MAX_ENTRIES) {
            violations.add(Map.entry(at, "must have at most " + MAX_ENTRIES + " entries"));
        } else if (entries.values().stream().anyMatch(value -> value != null && value.length() > MAX_VALUE)) {
            violations.add(Map.entry(at, "must have values of at most " + MAX_VALUE + " characters"));
        }
    }

    /** One checked alert in the desk's terms. */
    static AlertNotification notificationOf(AlertmanagerPayload payload, AlertmanagerPayload.Alert alert,
            String receivedBy) {
        Instant endsAt = alert.endsAt() == null ? null : instant(alert.endsAt());
        boolean firing = "firing".equals(alert.status());
        return new AlertNotification(firing, alert.labels().get("alertname").strip(), withoutNulls(alert.labels()),
                withoutNulls(alert.annotations()), instant(alert.startsAt()),
                firing || NO_END.equals(endsAt) ? null : endsAt, blankToNull(alert.generatorURL()),
                blankToNull(payload.externalURL()), blankToNull(payload.receiver()), receivedBy);
    }

    private static Map<String, String> withoutNulls(Map<String, String> entries) {
        if (entries == null) {
            return Map.of();
        }
        Map<String, String> kept = new java.util.TreeMap<>();
        entries.forEach((key, value) -> {
            if (key != null && value != null) {
                kept.put(key, value);
            }
        });
        return kept;
    }

    /** RFC 3339 as Alertmanager writes it (nanoseconds, any offset); null if it is not one. */
    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
