package dev.helpdesk.escalation.problems;

/** The candidate was promoted or dismissed already, so it can no longer be the other. */
public class CandidateDecided extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final CandidateStatus status;

    public CandidateDecided(String message, CandidateStatus status) {
        super(message);
        this.status = status;
    }

    public CandidateStatus status() {
        return status;
    }
}
