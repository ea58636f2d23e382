package dev.helpdesk.escalation.problems;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Incidents of one pattern that recurred, for a supervisor to turn into a PROBLEM ticket or
 * dismiss. At most one candidate of a pattern is open at a time; while it is, every new incident of
 * the pattern joins it. Its incidents are the {@link Occurrence}s that name it.
 *
 * @param key             the pattern's {@link PatternKey#value()}
 * @param category        the category as the first incident spelled it
 * @param firstIncidentAt when the oldest of its incidents was opened, those that joined later too
 * @param lastIncidentAt  when the newest was
 * @param detection       what raised it (unchanged afterwards)
 * @param problemTicketId the PROBLEM ticket opened for it, or null; recorded before it is PROMOTED,
 *                        so a promotion that failed half-way is finished with the same ticket
 * @param promotion       who is turning it into a problem and since when, or null
 * @param decidedBy       who promoted or dismissed it, or null while it is open
 * @param decidedAt       when, or null while it is open
 * @param dismissReason   why it was dismissed, or null
 */
public record ProblemCandidate(String id, String key, String category, CandidateStatus status,
        Instant firstIncidentAt, Instant lastIncidentAt, Detection detection, String problemTicketId,
        PromotionClaim promotion, String decidedBy, Instant decidedAt, String dismissReason) {

    /**
     * A new open candidate of the incidents that recurred. Its id follows from the pattern and its
     * oldest incident, so two instances that raise it at once raise the same candidate.
     */
    static ProblemCandidate raise(List<Occurrence> recurring, RecurrenceRule rule, Instant now) {
        Occurrence first = recurring.get(0);
        Occurrence last = recurring.get(recurring.size() - 1);
        List<String> ids = recurring.stream().map(Occurrence::ticketId).toList();
        String id = UUID.nameUUIDFromBytes(("problem-candidate|" + first.key() + "|" + first.ticketId())
                .getBytes(StandardCharsets.UTF_8)).toString();
        Detection detection = new Detection(ids, first.at(), last.at(), rule.threshold(), rule.window(), now);
        return new ProblemCandidate(id, first.key(), first.category(), CandidateStatus.OPEN, first.at(), last.at(),
                detection, null, null, null, null, null);
    }

    public boolean isOpen() {
        return status == CandidateStatus.OPEN;
    }
}
