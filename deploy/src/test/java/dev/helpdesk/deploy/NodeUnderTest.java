package dev.helpdesk.deploy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** A node main started the way the launcher starts it, for the node integration tests. */
final class NodeUnderTest implements AutoCloseable {

    private final ChildProcess process;

    private NodeUnderTest(ChildProcess process) {
        this.process = process;
    }

    static NodeUnderTest start(Class<?> mainClass, Path workDir, List<String> jvmOptions, List<String> args)
            throws IOException {
        ChildCommands commands = ChildCommands.forThisJvm(ParentWatch.writeAgentJar(workDir.resolve("run")));
        List<String> command = commands.node(mainClass, jvmOptions, args);
        String name = mainClass.getSimpleName();
        return new NodeUnderTest(ChildProcess.start(name, command, workDir, workDir.resolve("logs").resolve(name + ".log")));
    }

    /**
     * Waits until {@code ready} holds; if the node dies or takes too long, stops it and fails with the
     * end of its log, so that no process outlives a failed test.
     */
    NodeUnderTest awaitReady(Duration timeout, BooleanSupplier ready) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new AssertionError(process.name() + " did not get ready; the end of its log:"
                        + System.lineSeparator() + process.logTail(40));
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                close();
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        return this;
    }

    ChildProcess process() {
        return process;
    }

    /** SIGTERM, then waits as the launcher does. */
    ChildProcess.StopResult stop() {
        process.requestStop();
        return process.awaitStop(RunningPlatform.STOP_GRACE);
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }
}
