package dev.helpdesk.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** One process of the platform, its output going to its own log file. */
public final class ChildProcess {

    private final String name;
    private final Process process;
    private final Path logFile;

    private ChildProcess(String name, Process process, Path logFile) {
        this.name = name;
        this.process = process;
        this.logFile = logFile;
    }

    /**
     * Starts {@code command} with stdout and stderr appended to {@code logFile}. The previous run's
     * log is kept beside it as {@code <name>.previous.log}, so a crash can still be read after a restart.
     */
    static ChildProcess start(String name, List<String> command, Path workingDirectory, Path logFile) throws IOException {
        Files.createDirectories(logFile.getParent());
        if (Files.exists(logFile)) {
            Files.move(logFile, logFile.resolveSibling(name + ".previous.log"), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(logFile, "$ " + String.join(" ", command) + System.lineSeparator());
        Process process = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        process.getOutputStream().close(); // no child reads stdin
        return new ChildProcess(name, process, logFile);
    }

    public String name() {
        return name;
    }

    public long pid() {
        return process.pid();
    }

    public ProcessHandle handle() {
        return process.toHandle();
    }

    public Path logFile() {
        return logFile;
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public int exitCode() {
        return process.exitValue();
    }

    /** Asks the process to stop (SIGTERM) without waiting. */
    void requestStop() {
        process.destroy();
    }

    /** Waits up to {@code grace} for the process to end after {@link #requestStop()}, then kills it. */
    StopResult awaitStop(Duration grace) {
        long started = System.nanoTime();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(5, TimeUnit.SECONDS);
                return new StopResult(name, true, Duration.ofNanos(System.nanoTime() - started));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        return new StopResult(name, false, Duration.ofNanos(System.nanoTime() - started));
    }

    /** The last lines of the log, to show why a process died. */
    public String logTail(int lines) {
        Deque<String> tail = new ArrayDeque<>(lines);
        try (Stream<String> all = Files.lines(logFile, StandardCharsets.UTF_8)) {
            all.forEach(line -> {
                if (tail.size() == lines) {
                    tail.removeFirst();
                }
                tail.addLast(line);
            });
        } catch (IOException | UncheckedIOException e) {
            return "(could not read " + logFile + ": " + e.getMessage() + ")";
        }
        return String.join(System.lineSeparator(), tail);
    }

    /** How a stop went: {@code killed} when the process ignored SIGTERM for the whole grace period. */
    record StopResult(String name, boolean killed, Duration took) {
    }
}
