package dev.helpdesk.escalation.admin;

/**
 * A change without {@code If-Match} lost the race for the next version again and again; with so
 * many writers at once, the caller should read, decide and retry with {@code If-Match}.
 */
public class ContendedChange extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ContendedChange(String kind, String id) {
        super("The " + kind + " " + id + " is being changed by others at this moment; read it again and retry");
    }
}
