package dev.helpdesk.escalation.admin.web;

import dev.helpdesk.escalation.admin.Violations;

/** {@code page} (from 0) and {@code size} of a list request, checked. */
public record Paging(int page, int size) {

    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_SIZE = 200;
    static final int MAX_PAGE = 1_000_000;

    public static Paging of(String page, String size) {
        Violations violations = new Violations();
        int pageNumber = number("page", page, 0, 0, MAX_PAGE, violations);
        int pageSize = number("size", size, DEFAULT_SIZE, 1, MAX_SIZE, violations);
        violations.throwIfAny();
        return new Paging(pageNumber, pageSize);
    }

    private static int number(String name, String text, int absent, int min, int max, Violations violations) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            int value = Integer.parseInt(text.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below, like a number out of range
        }
        violations.add(name, "must be a whole number from " + min + " to " + max);
        return absent;
    }
}
