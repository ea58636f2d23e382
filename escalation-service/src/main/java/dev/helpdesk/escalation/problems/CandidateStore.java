package dev.helpdesk.escalation.problems;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The problem candidates. At most one is open per pattern (the store enforces it, so of two
 * instances raising one at once exactly one succeeds); each creation queues its
 * {@code candidate-detected} event in the same write ({@link DetectionQueue}).
 */
public interface CandidateStore {

    /**
     * Widens the pattern's open candidate, if there is one, to an incident opened at {@code openedAt}
     * (its first and last incident instants; both idempotent).
     *
     * @return the open candidate's id, or empty when the pattern has none
     */
    Optional<String> widen(String key, Instant openedAt);

    /** Whether the candidate is still open. */
    boolean isOpen(String id);

    /**
     * Stores a new open candidate with its detection queued for publishing.
     *
     * @return false if the pattern has an open candidate already, or this candidate exists
     */
    boolean raise(ProblemCandidate candidate);

    Optional<ProblemCandidate> find(String id);

    /** A page of candidates with {@code status} (all when null), the most recently detected first. */
    Found list(CandidateStatus status, int page, int size);

    record Found(List<ProblemCandidate> candidates, long total) {

        public Found {
            candidates = List.copyOf(candidates);
        }
    }

    /**
     * Records that {@code by} is turning the open candidate into a problem, only while no problem
     * ticket is recorded and nobody else's claim is younger than {@code staleBefore}.
     *
     * @return the candidate after the claim, or empty if it could not be made
     */
    Optional<ProblemCandidate> claimPromotion(String id, String by, Instant at, Instant staleBefore);

    /**
     * Records the candidate's problem ticket unless one is recorded already.
     *
     * @return the problem ticket recorded now (this one, or the one recorded before), or empty if
     *     the candidate was dismissed
     */
    Optional<String> recordProblem(String id, String problemTicketId);

    /** Marks the open candidate with this problem ticket PROMOTED; false if it is not (any more). */
    boolean promoted(String id, String problemTicketId, String by, Instant at);

    /**
     * Marks the open candidate DISMISSED, only while it has no problem ticket and nobody's claim to
     * promote it is younger than {@code staleBefore}.
     */
    boolean dismissed(String id, String by, Instant at, String reason, Instant staleBefore);
}
