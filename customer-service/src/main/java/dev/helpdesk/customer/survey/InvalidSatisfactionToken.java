package dev.helpdesk.customer.survey;

/** A satisfaction link that is malformed, forged, expired or used already. */
public class InvalidSatisfactionToken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the link is refused: the survey endpoint answers a link that was never valid differently. */
    public enum Reason {
        /** Not a token of ours, or altered: the link never was valid. */
        FORGED,
        /** Valid once, past its expiry. */
        EXPIRED,
        /** Valid, and answered already. */
        USED
    }

    private final Reason reason;

    public InvalidSatisfactionToken(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
