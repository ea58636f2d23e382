package dev.helpdesk.escalation.problems;

import java.util.List;

/** A candidate with its incidents, oldest first, as staff read it. */
public record CandidateIncidents(ProblemCandidate candidate, List<Occurrence> incidents) {

    public CandidateIncidents {
        incidents = List.copyOf(incidents);
    }
}
