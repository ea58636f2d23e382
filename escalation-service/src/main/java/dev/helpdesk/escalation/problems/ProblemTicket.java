package dev.helpdesk.escalation.problems;

/**
 * The PROBLEM ticket to open for a candidate. Everything in it follows from the candidate's
 * detection and the caller, so a retry sends the same request under the same idempotency key, and
 * the ticket service answers it with the ticket it opened the first time.
 */
public record ProblemTicket(String idempotencyKey, String subject, String description, String requesterId,
        String category) {

    private static final int MAX_SUBJECT = 200;

    static ProblemTicket of(ProblemCandidate candidate, OnBehalfOf who) {
        Detection detection = candidate.detection();
        String subject = "Recurring incidents: " + candidate.category();
        String description = ("Raised from problem candidate %s: %d incidents of category \"%s\" within %s, "
                + "the first opened at %s, detected at %s. Its incidents are linked to this problem (CAUSED_BY).")
                .formatted(candidate.id(), detection.incidentIds().size(), candidate.category(), detection.window(),
                        detection.firstIncidentAt(), detection.detectedAt());
        return new ProblemTicket("problem-candidate-" + candidate.id(),
                subject.length() > MAX_SUBJECT ? subject.substring(0, MAX_SUBJECT) : subject, description,
                who.callerId(), candidate.category());
    }
}
