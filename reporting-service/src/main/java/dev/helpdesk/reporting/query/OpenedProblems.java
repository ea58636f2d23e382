package dev.helpdesk.reporting.query;

import java.time.Instant;
import java.util.List;

/**
 * The PROBLEM tickets opened in a period (population 1: by {@code openedAt}, each as it is now):
 * how many, and the first {@code items.size()} by opening.
 */
public record OpenedProblems(long count, List<Problem> items, boolean truncated) {

    public OpenedProblems {
        items = List.copyOf(items);
    }

    public record Problem(String ticketId, String number, String subject, String category, String priority,
            String status, String groupId, Instant openedAt) {
    }
}
