package dev.helpdesk.escalation.problems.web;

import dev.helpdesk.escalation.problems.CandidateIncidents;
import dev.helpdesk.escalation.problems.Detection;
import dev.helpdesk.escalation.problems.Occurrence;
import dev.helpdesk.escalation.problems.ProblemCandidate;
import java.time.Instant;
import java.util.List;

/**
 * A problem candidate as {@code GET …/candidates/{id}} and the decisions show it: its pattern (the
 * category, as the first incident spelled it), every incident that belongs to it, what raised it,
 * and what a supervisor decided. The list shows the same without {@code incidentIds} and
 * {@code unlinked} ({@link CandidateSummary}).
 *
 * @param incidentIds     every incident of the candidate, oldest first, those that joined after the
 *                        detection too
 * @param detectedAt      when it was raised
 * @param detection       what raised it: the incidents that reached the threshold, the threshold
 *                        and the window then
 * @param problemTicketId its PROBLEM ticket, once opened (it may be set while the candidate is still
 *                        OPEN, when linking failed half-way: promoting again finishes it)
 * @param decidedBy       who promoted or dismissed it
 * @param unlinked        incidents the ticket service would not link to the problem, and why
 */
record CandidateView(String id, String status, String category, List<String> incidentIds, long incidentCount,
        Instant firstIncidentAt, Instant lastIncidentAt, Instant detectedAt, DetectionView detection,
        String problemTicketId, String decidedBy, Instant decidedAt, String dismissReason,
        List<UnlinkedView> unlinked) {

    record DetectionView(List<String> incidentIds, int threshold, String window) {

        static DetectionView of(Detection detection) {
            return new DetectionView(detection.incidentIds(), detection.threshold(), detection.window().toString());
        }
    }

    record UnlinkedView(String ticketId, String reason) {
    }

    static CandidateView of(CandidateIncidents found) {
        ProblemCandidate candidate = found.candidate();
        List<Occurrence> incidents = found.incidents();
        return new CandidateView(candidate.id(), candidate.status().name(), candidate.category(),
                incidents.stream().map(Occurrence::ticketId).toList(), incidents.size(), candidate.firstIncidentAt(),
                candidate.lastIncidentAt(), candidate.detection().detectedAt(), DetectionView.of(candidate.detection()),
                candidate.problemTicketId(), candidate.decidedBy(), candidate.decidedAt(), candidate.dismissReason(),
                incidents.stream().filter(incident -> incident.refusal() != null)
                        .map(incident -> new UnlinkedView(incident.ticketId(), incident.refusal())).toList());
    }
}
