package dev.helpdesk.escalation.admin;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects everything wrong with one request, so that a caller hears about every bad field in
 * one answer rather than one per attempt.
 */
public final class Violations {

    private final List<Violation> found = new ArrayList<>();

    public void add(String field, String message) {
        found.add(new Violation(field, message));
    }

    /** Whether something at {@code field} or inside it ({@code field.x}, {@code field[2]}) was reported. */
    public boolean reported(String field) {
        return found.stream().anyMatch(violation -> violation.field().equals(field)
                || violation.field().startsWith(field + ".") || violation.field().startsWith(field + "["));
    }

    /**
     * Adds the rule checks made on what could be read, leaving out those about fields that could
     * not be read at all: "is required" after "is not a duration" would only confuse.
     */
    public void addUnlessReported(List<Violation> more) {
        List<Violation> fresh = more.stream().filter(violation -> !reported(violation.field())).toList();
        found.addAll(fresh);
    }

    public boolean isEmpty() {
        return found.isEmpty();
    }

    public List<Violation> list() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        if (!found.isEmpty()) {
            throw new InvalidInput(found);
        }
    }
}
