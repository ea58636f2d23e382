package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/** Workload and results per agent (the JSON of {@code GET /api/v1/reports/agents}). */
public record AgentsReport(Instant from, Instant to, List<String> groupIds, String priority, String type,
        List<Agent> items) {

    /**
     * @param openLoad                open tickets assigned to the agent now, of those opened in the
     *                                period (the summary's backlog, per assignee)
     * @param resolved                tickets the agent resolved for good in the period
     * @param medianResolutionSeconds their median time to resolution (the lower median: rank
     *                                ceil(n / 2)); null when none
     * @param rated                   how many of them were rated
     * @param averageSatisfaction     their mean rating, to one decimal; null when none was rated
     */
    public record Agent(String agentId, long openLoad, long resolved, Long medianResolutionSeconds, long rated,
            Double averageSatisfaction) {
    }
}
