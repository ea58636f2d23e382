package dev.helpdesk.customer.survey;

/** A satisfaction link that is malformed, forged, expired or used already. */
public class InvalidSatisfactionToken extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InvalidSatisfactionToken(String message) {
        super(message);
    }
}
