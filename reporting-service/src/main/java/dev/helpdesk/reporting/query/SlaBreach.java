package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/**
 * One SLA target breached in the report's week, with what the ticket's history says about it up
 * to the breach (docs/reports.md, "SLA breaches and their factors").
 *
 * @param target      FIRST_RESPONSE or RESOLUTION
 * @param breachedAt  the breach's {@code reachedAt}
 * @param priority    the ticket's priority at the breach
 * @param groupId     the group it was in at the breach; null for none
 * @param assigneeId  the agent it was with at the breach; null for nobody
 * @param factors     what happened before the breach, of {@link BreachFactors#ALL}, in that order
 * @param metAt       when the target was met after all (first response, resolution for good); null while not
 * @param lateSeconds from the breach to {@code metAt}; null while not met
 */
public record SlaBreach(String ticketId, String number, String target, Instant breachedAt, String priority,
        String groupId, String assigneeId, String category, List<String> factors, Instant metAt, Long lateSeconds) {

    public SlaBreach {
        factors = List.copyOf(factors);
    }
}
