package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/**
 * Open tickets whose SLA is at risk now (the JSON of {@code GET /api/v1/reports/sla-risk});
 * definitions in docs/reports.md.
 *
 * @param warnings open tickets with a warning on a running target and no breach
 * @param breached open tickets with a breached target
 * @param items    at most {@code limit} of them: breached first, then warned; each oldest first
 */
public record SlaRiskReport(Instant asOf, List<String> groupIds, String priority, String type, long warnings,
        long breached, List<Ticket> items) {

    /**
     * @param risk      WARNING or BREACHED
     * @param target    the target at risk: FIRST_RESPONSE or RESOLUTION
     * @param threshold the share of the target used up (1.0 for a breach)
     * @param since     when the target reached that threshold
     */
    public record Ticket(String ticketId, String number, String subject, String priority, String groupId,
            String assigneeId, String status, String risk, String target, double threshold, Instant since) {
    }
}
