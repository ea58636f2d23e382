package dev.helpdesk.platform.events;

/** A record that cannot be read as the event it claims to be: it belongs on a dead-letter topic. */
public class MalformedEventException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MalformedEventException(String message) {
        super(message);
    }

    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
