package dev.helpdesk.escalation.problems.web;

import dev.helpdesk.escalation.problems.ListedCandidates;
import dev.helpdesk.escalation.problems.ProblemCandidate;
import java.time.Instant;

/**
 * A problem candidate as the list shows it: as {@link CandidateView}, with the number of its
 * incidents but not their ids (an open candidate may gather many).
 */
record CandidateSummary(String id, String status, String category, long incidentCount, Instant firstIncidentAt,
        Instant lastIncidentAt, Instant detectedAt, CandidateView.DetectionView detection, String problemTicketId,
        String decidedBy, Instant decidedAt, String dismissReason) {

    static CandidateSummary of(ListedCandidates.Listed listed) {
        ProblemCandidate candidate = listed.candidate();
        return new CandidateSummary(candidate.id(), candidate.status().name(), candidate.category(),
                listed.incidentCount(), candidate.firstIncidentAt(), candidate.lastIncidentAt(),
                candidate.detection().detectedAt(), CandidateView.DetectionView.of(candidate.detection()),
                candidate.problemTicketId(), candidate.decidedBy(), candidate.decidedAt(), candidate.dismissReason());
    }
}
