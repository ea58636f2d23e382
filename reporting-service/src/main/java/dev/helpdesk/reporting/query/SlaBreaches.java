package dev.helpdesk.reporting.query;

import java.util.List;
import java.util.Map;

/**
 * The SLA breaches of a period: every count over all of them, the list of the first
 * {@code items.size()} by moment ({@code truncated} when there were more).
 *
 * @param byFactor   breaches per factor, every factor of {@link BreachFactors#ALL} present; a breach
 *                   with several factors counts under each, one with none under {@code NONE_RECORDED}
 * @param byPriority breaches per priority at the breach, P1 to P5 always present
 */
public record SlaBreaches(long total, long firstResponse, long resolution, Map<String, Long> byFactor,
        Map<String, Long> byPriority, List<SlaBreach> items, boolean truncated) {

    public SlaBreaches {
        items = List.copyOf(items);
    }
}
