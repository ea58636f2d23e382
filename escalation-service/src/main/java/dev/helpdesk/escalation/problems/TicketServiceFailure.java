package dev.helpdesk.escalation.problems;

/** The ticket service could not be reached, did not answer in time, or answered with an error. */
public class TicketServiceFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** How it failed: the caller is told 503, 504 or 502. */
    public enum Kind { UNREACHABLE, TIMED_OUT, FAILED }

    private final Kind kind;

    public TicketServiceFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
