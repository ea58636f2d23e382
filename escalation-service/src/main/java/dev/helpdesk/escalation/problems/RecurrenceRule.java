package dev.helpdesk.escalation.problems;

import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * When incidents of one pattern recur: at least {@code threshold} of them opened within
 * {@code window} of each other ({@code helpdesk.problems.threshold}, default 5, and
 * {@code helpdesk.problems.window}, default 24 h; issue 4, item 6).
 */
public record RecurrenceRule(int threshold, Duration window) {

    public RecurrenceRule {
        if (threshold < 1) {
            throw new IllegalArgumentException("helpdesk.problems.threshold must be at least 1, not " + threshold);
        }
        if (window == null || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("helpdesk.problems.window must be positive, not " + window);
        }
    }

    /**
     * The incidents that recur together with {@code incident}: the earliest span of one window
     * (both ends included) that holds {@code incident} and at least {@code threshold} incidents of
     * {@code counted} (the pattern's incidents that belong to no candidate, {@code incident} among
     * them), oldest first; empty if there is none. Events may arrive out of order, so the span may
     * start before or end after {@code incident}.
     */
    public Optional<List<Occurrence>> recurringWith(Occurrence incident, List<Occurrence> counted) {
        List<Occurrence> sorted = counted.stream()
                .sorted(Comparator.comparing(Occurrence::at).thenComparing(Occurrence::ticketId))
                .toList();
        for (Occurrence start : sorted) {
            if (start.at().isAfter(incident.at())) {
                break;
            }
            if (start.at().isBefore(incident.at().minus(window))) {
                continue;
            }
            List<Occurrence> span = sorted.stream()
                    .filter(other -> !other.at().isBefore(start.at()) && !other.at().isAfter(start.at().plus(window)))
                    .toList();
            if (span.size() >= threshold) {
                return Optional.of(span);
            }
        }
        return Optional.empty();
    }
}
