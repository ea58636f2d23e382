package dev.helpdesk.ticket.channels.alerts;

import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.ResolutionCode;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code helpdesk.tickets.alerts.*}: how a monitoring alert becomes an incident.
 *
 * @param requesterId     the requester of every alert's incident; blank: the integration that posted
 *                        the alert, which then opens the ticket on its own behalf (as D43 allows staff)
 * @param categoryLabel   the alert label whose value is the incident's category (none if absent)
 * @param resolutionCode  the code of an incident resolved because its alert resolved
 * @param severities      impact and urgency ({@code HIGH/MEDIUM}) per value of the {@code severity}
 *                        label, compared ignoring case; the priority follows from them (H/H is P1)
 * @param defaultSeverity impact and urgency of an alert without a severity label or with one not listed
 */
@ConfigurationProperties("helpdesk.tickets.alerts")
record AlertSettings(
        @DefaultValue("") String requesterId,
        @DefaultValue("category") String categoryLabel,
        @DefaultValue("NO_ACTION_NEEDED") ResolutionCode resolutionCode,
        Map<String, String> severities,
        @DefaultValue("MEDIUM/MEDIUM") String defaultSeverity) {

    AlertSettings {
        Map<String, String> lowerCase = new TreeMap<>();
        if (severities != null) {
            severities.forEach((severity, levels) -> {
                levelsOf(levels, "severities." + severity); // a bad setting stops the start, not an alert
                lowerCase.put(severity.toLowerCase(Locale.ROOT), levels);
            });
        }
        severities = Map.copyOf(lowerCase);
        levelsOf(defaultSeverity, "default-severity");
    }

    /** Impact and urgency of an alert's incident, from its severity label. */
    Levels levels(String severity) {
        String levels = severity == null ? null : severities.get(severity.strip().toLowerCase(Locale.ROOT));
        return levelsOf(levels == null ? defaultSeverity : levels, "severity");
    }

    private static Levels levelsOf(String text, String setting) {
        String[] parts = text == null ? new String[0] : text.split("/");
        try {
            if (parts.length == 2) {
                return new Levels(Level.valueOf(parts[0].strip().toUpperCase(Locale.ROOT)),
                        Level.valueOf(parts[1].strip().toUpperCase(Locale.ROOT)));
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException("helpdesk.tickets.alerts." + setting + " must be <impact>/<urgency>, "
                + "each HIGH, MEDIUM or LOW; not " + text);
    }

    record Levels(Level impact, Level urgency) {
    }
}
