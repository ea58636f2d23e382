package dev.helpdesk.escalation.admin;

/** The display names of calendars and policies. */
public final class Names {

    public static final int MAX_LENGTH = 100;

    private Names() {
    }

    public static void check(String field, String name, Violations violations) {
        if (name == null || name.isBlank()) {
            violations.add(field, "is required");
        } else if (name.length() > MAX_LENGTH) {
            violations.add(field, "must be at most " + MAX_LENGTH + " characters");
        }
    }
}
