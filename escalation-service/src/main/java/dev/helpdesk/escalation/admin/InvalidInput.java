package dev.helpdesk.escalation.admin;

import java.util.List;
import java.util.stream.Collectors;

/** A definition that breaks the rules, with every offending field; nothing was saved. */
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.stream().map(violation -> violation.field() + ": " + violation.message())
                .collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public static InvalidInput of(String field, String message) {
        return new InvalidInput(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
