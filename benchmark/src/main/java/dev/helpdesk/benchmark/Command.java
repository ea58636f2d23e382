package dev.helpdesk.benchmark;

import java.util.Locale;

/** The requests a virtual user sends, each measured on its own. */
enum Command {
    OPEN,
    ASSIGN,
    COMMENT,
    RESOLVE,
    /** {@code POST /api/v1/tickets/{id}/priority} (long-ticket scenario). */
    PRIORITY,
    /** {@code GET /api/v1/tickets/{id}}: not a command, but measured like one (long-ticket scenario). */
    READ,
    /** {@code GET /api/v1/articles/search} (search scenario). */
    SEARCH;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
