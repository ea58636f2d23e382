package dev.helpdesk.ticket.api;

import java.util.List;
import java.util.Map;

/**
 * A command that breaks one of the ticket's invariants, with the fields at fault; the caller's
 * mistake, so nothing is recorded.
 */
public class InvalidTicketCommand extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Map.Entry<String, String>> violations;

    public InvalidTicketCommand(String message, List<Map.Entry<String, String>> violations) {
        super(message + ": " + violations);
        this.violations = List.copyOf(violations);
    }

    /** Field name and what is wrong with it. */
    public List<Map.Entry<String, String>> violations() {
        return violations;
    }
}
