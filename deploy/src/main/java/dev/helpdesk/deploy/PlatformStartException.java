package dev.helpdesk.deploy;

/** The platform could not start; the message says which part and why, for a person to act on. */
public class PlatformStartException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public PlatformStartException(String message) {
        super(message);
    }

    public PlatformStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
