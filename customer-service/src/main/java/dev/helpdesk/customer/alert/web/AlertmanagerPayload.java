package dev.helpdesk.customer.alert.web;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;

/**
 * Prometheus Alertmanager's webhook notification, version 4: a group of alerts sent to one receiver.
 * Fields Alertmanager adds later are ignored (it is another system's format, not one we define).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record AlertmanagerPayload(
        String version,
        String groupKey,
        String status,
        String receiver,
        Map<String, String> groupLabels,
        Map<String, String> commonLabels,
        Map<String, String> commonAnnotations,
        String externalURL,
        List<Alert> alerts) {

    /** One alert of the group; {@code fingerprint} identifies it across notifications. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Alert(
            String status,
            Map<String, String> labels,
            Map<String, String> annotations,
            String startsAt,
            String endsAt,
            String generatorURL,
            String fingerprint) {
    }
}
