package dev.helpdesk.benchmark;

import java.util.Locale;

/** The ticket commands a virtual user sends, each measured on its own. */
enum Command {
    OPEN,
    ASSIGN,
    COMMENT,
    RESOLVE;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
