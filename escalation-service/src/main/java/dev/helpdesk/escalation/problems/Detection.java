package dev.helpdesk.escalation.problems;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * What raised a candidate, as it stood then and for good: what {@code candidate-detected} tells
 * subscribers (so a resend is the same event) and what the problem ticket says.
 *
 * @param incidentIds the incidents that reached the threshold, oldest first
 */
public record Detection(List<String> incidentIds, Instant firstIncidentAt, Instant lastIncidentAt, int threshold,
        Duration window, Instant detectedAt) {

    public Detection {
        incidentIds = List.copyOf(incidentIds);
    }
}
