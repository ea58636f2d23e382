package dev.helpdesk.escalation.admin;

/** The caller changed a version that is no longer the current one; nothing was changed. */
public class StaleVersion extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final long current;

    public StaleVersion(String kind, String id, long expected, long current) {
        super("The " + kind + " " + id + " is at version " + current + ", not " + expected
                + "; read it again and apply the change to that version");
        this.current = current;
    }

    public long current() {
        return current;
    }
}
