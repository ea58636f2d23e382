package dev.helpdesk.benchmark;

import java.io.PrintStream;
import java.util.Locale;

/** Progress lines with the seconds since the run started, so a slow step shows where the time went. */
final class Progress {

    private final PrintStream out;
    private final long startNanos;

    Progress(PrintStream out, long startNanos) {
        this.out = out;
        this.startNanos = startNanos;
    }

    void say(String format, Object... args) {
        out.printf(Locale.ROOT, "[%6.1fs] %s%n", (System.nanoTime() - startNanos) / 1e9,
                String.format(Locale.ROOT, format, args));
    }
}
