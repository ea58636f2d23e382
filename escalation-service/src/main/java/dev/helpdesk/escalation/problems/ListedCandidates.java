package dev.helpdesk.escalation.problems;

import java.util.List;

/** A page of candidates, each with how many incidents it has, and how many match in all. */
public record ListedCandidates(List<Listed> candidates, long total) {

    public ListedCandidates {
        candidates = List.copyOf(candidates);
    }

    public record Listed(ProblemCandidate candidate, long incidentCount) {
    }
}
