package dev.helpdesk.benchmark;

import java.util.Locale;

/** The two kinds of ticket the long-ticket scenario compares. */
enum TicketKind {

    /** The one ticket brought to --events events before anything is measured. */
    LONG,

    /** A ticket with only a few events, replaced before it gathers more ({@link FreshTicket}). */
    FRESH;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    TicketKind other() {
        return this == LONG ? FRESH : LONG;
    }

    /**
     * Which kind goes first in round {@code round} (from 1): they take turns, so that whatever
     * the previous request left behind (a busy publisher thread, a warm cache line, a GC) falls
     * on both kinds alike.
     */
    static TicketKind firstIn(int round) {
        return round % 2 == 1 ? LONG : FRESH;
    }
}
