package dev.helpdesk.deploy;

import java.io.OutputStream;
import java.io.PrintStream;

/** Milestones on the console, each with the seconds since launch: {@code [  4.1s] kafka ready on ...}. */
public final class Progress {

    private final PrintStream out;
    private final long startNanos = System.nanoTime();

    private Progress(PrintStream out) {
        this.out = out;
    }

    public static Progress to(PrintStream out) {
        return new Progress(out);
    }

    public static Progress silent() {
        return new Progress(new PrintStream(OutputStream.nullOutputStream()));
    }

    public void step(String message) {
        out.printf("[%5.1fs] %s%n", elapsedSeconds(), message);
        out.flush();
    }

    public void text(String text) {
        out.println(text);
        out.flush();
    }

    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
