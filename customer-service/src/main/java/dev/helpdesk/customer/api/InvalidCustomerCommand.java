package dev.helpdesk.customer.api;

import java.util.List;
import java.util.Map;

/**
 * A directory command that breaks one of the directory's rules, with the fields at fault; the
 * caller's mistake, so nothing is recorded.
 */
public class InvalidCustomerCommand extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Map.Entry<String, String>> violations;

    public InvalidCustomerCommand(String message, List<Map.Entry<String, String>> violations) {
        super(message + ": " + violations);
        this.violations = List.copyOf(violations);
    }

    public static InvalidCustomerCommand of(String message, String field, String problem) {
        return new InvalidCustomerCommand(message, List.of(Map.entry(field, problem)));
    }

    /** Field name and what is wrong with it. */
    public List<Map.Entry<String, String>> violations() {
        return violations;
    }
}
