package dev.helpdesk.contracts.problem;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value ProblemEventTypes#CANDIDATE_DETECTED} event: incidents of one
 * pattern (so far: the same category) reached the threshold within the window, so they may share a
 * cause, and a problem candidate was raised for a supervisor to turn into a PROBLEM ticket or
 * dismiss. Its CloudEvent {@code id} is {@code <candidateId>:detected}, its {@code subject} and
 * record key the candidate id, its {@code sequence} 1 (the candidate's first event).
 *
 * @param candidateId     the candidate's id (a UUID), also the CloudEvent's subject and the record key
 * @param category        the incidents' category, as the first of them spelled it (the pattern
 *                        compares categories trimmed and ignoring case)
 * @param incidentIds     the ticket ids of the incidents that reached the threshold, oldest first;
 *                        incidents of the pattern that come later join the open candidate without
 *                        another event
 * @param firstIncidentAt when the oldest of them was opened
 * @param lastIncidentAt  when the newest of them was opened
 * @param threshold       the number of incidents that raises a candidate, as configured then
 * @param window          the span they had to fall in, ISO-8601 ({@code PT24H}), as configured then
 * @param detectedAt      when the service raised the candidate; also the CloudEvent's {@code time}
 */
public record ProblemCandidateDetected(
        String candidateId,
        String category,
        List<String> incidentIds,
        Instant firstIncidentAt,
        Instant lastIncidentAt,
        int threshold,
        String window,
        Instant detectedAt) {
}
