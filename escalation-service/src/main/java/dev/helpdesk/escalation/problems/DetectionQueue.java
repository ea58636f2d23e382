package dev.helpdesk.escalation.problems;

import java.util.List;

/**
 * The detections queued for publishing: a candidate is stored with its detection queued, in one
 * write, and leaves the queue only after the broker acknowledged its event.
 */
public interface DetectionQueue {

    /** Candidates whose detection is not yet published, at most {@code limit}. */
    List<ProblemCandidate> pending(int limit);

    /** Takes the candidate's detection off the queue (after the broker's acknowledgement). */
    void published(String candidateId);
}
