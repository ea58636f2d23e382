package dev.helpdesk.escalation.admin;

import java.util.regex.Pattern;

/**
 * Ids of calendars and policies: short slugs an admin can type and other services can name
 * ({@code business-hours}, {@code default-p1}), or UUIDs, which fit the same pattern.
 */
public final class Ids {

    public static final String MESSAGE = "must be 2 to 64 lowercase letters, digits or hyphens, starting with a letter or digit";
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");

    private Ids() {
    }

    public static boolean valid(String id) {
        return id != null && ID.matcher(id).matches();
    }

    /** Adds a violation at {@code field} unless {@code id} is present and well formed. */
    public static void check(String field, String id, Violations violations) {
        if (id == null) {
            violations.add(field, "is required");
        } else if (!valid(id)) {
            violations.add(field, MESSAGE);
        }
    }
}
