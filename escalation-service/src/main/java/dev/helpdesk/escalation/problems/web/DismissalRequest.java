package dev.helpdesk.escalation.problems.web;

import dev.helpdesk.escalation.admin.InvalidInput;

/** The optional body of a dismissal: why these incidents are not a problem. */
record DismissalRequest(String reason) {

    static final int MAX_REASON = 2000;

    /** The reason, trimmed; null when none was given. */
    static String reasonOf(DismissalRequest request) {
        if (request == null || request.reason() == null || request.reason().isBlank()) {
            return null;
        }
        String reason = request.reason().strip();
        if (reason.length() > MAX_REASON) {
            throw InvalidInput.of("reason", "must be at most " + MAX_REASON + " characters");
        }
        return reason;
    }
}
