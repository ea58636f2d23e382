package dev.helpdesk.escalation.problems.integration;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.problem.ProblemCandidateDetected;
import dev.helpdesk.contracts.problem.ProblemEventTypes;
import dev.helpdesk.escalation.problems.Detection;
import dev.helpdesk.escalation.problems.ProblemCandidate;
import dev.helpdesk.platform.events.OutgoingEvent;

/**
 * A candidate's detection in the published language: {@value ProblemEventTypes#CANDIDATE_DETECTED}
 * about the candidate (subject, record key), its first event (sequence 1), at the detection instant.
 * Everything follows from the stored detection, so a resend is the same event, id
 * {@code <candidateId>:detected}.
 */
final class CandidateEvents {

    private CandidateEvents() {
    }

    static OutgoingEvent detected(ProblemCandidate candidate) {
        Detection detection = candidate.detection();
        return new OutgoingEvent(candidate.id() + ":detected", Sources.ESCALATION_SERVICE,
                ProblemEventTypes.CANDIDATE_DETECTED, candidate.id(), detection.detectedAt(), 1, null,
                new ProblemCandidateDetected(candidate.id(), candidate.category(), detection.incidentIds(),
                        detection.firstIncidentAt(), detection.lastIncidentAt(), detection.threshold(),
                        detection.window().toString(), detection.detectedAt()));
    }
}
