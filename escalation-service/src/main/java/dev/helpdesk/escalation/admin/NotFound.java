package dev.helpdesk.escalation.admin;

/** No such calendar or policy. */
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String kind, String id) {
        super("No " + kind + " with id " + id);
    }
}
