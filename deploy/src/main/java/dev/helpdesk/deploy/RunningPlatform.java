package dev.helpdesk.deploy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

/**
 * The processes of a local platform, started or starting. Closing it stops them in dependency order:
 * gateway and services first (so that they can still flush to Kafka and MongoDB), then Kafka, then
 * MongoDB.
 */
public final class RunningPlatform implements AutoCloseable {

    /** Stop stages, in the order they are stopped. */
    enum Tier { SERVICES, MAIL, KAFKA, MONGO }

    /** Spring Boot's graceful shutdown and Kafka's controlled shutdown both finish well inside this. */
    static final Duration STOP_GRACE = Duration.ofSeconds(20);

    private record Child(ChildProcess process, Tier tier) {
    }

    private final PlatformSettings settings;
    private final Progress progress;
    private final List<Child> children = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private boolean closing;

    RunningPlatform(PlatformSettings settings, Progress progress) {
        this.settings = settings;
        this.progress = progress;
    }

    public PlatformSettings settings() {
        return settings;
    }

    public URI gatewayUrl() {
        return serviceUrl(Component.GATEWAY);
    }

    public URI serviceUrl(Component component) {
        return URI.create("http://localhost:" + settings.ports().of(component));
    }

    public String kafkaBootstrapServers() {
        return "127.0.0.1:" + settings.ports().kafka();
    }

    public String mongoConnectionString() {
        return "mongodb://127.0.0.1:" + settings.ports().mongo();
    }

    /** The local mail server's SMTP address, {@code host:port}. */
    public String smtpAddress() {
        return "127.0.0.1:" + settings.ports().smtp();
    }

    /** The local mail server's IMAP address, {@code host:port}. */
    public String imapAddress() {
        return "127.0.0.1:" + settings.ports().imap();
    }

    /** Every process started so far, also those that have ended. */
    public synchronized List<ChildProcess> processes() {
        return children.stream().map(Child::process).collect(Collectors.toUnmodifiableList());
    }

    /** Starts a child, unless the platform is already closing (a Ctrl-C during start-up). */
    synchronized ChildProcess launch(String name, Tier tier, List<String> command) {
        if (closing) {
            throw new PlatformStartException("stopping: not starting " + name);
        }
        Path logFile = settings.logDir().resolve(name + ".log");
        try {
            ChildProcess child = ChildProcess.start(name, command, settings.repoRoot(), logFile);
            children.add(new Child(child, tier));
            return child;
        } catch (IOException e) {
            throw new PlatformStartException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reports a child that ends while the platform runs; the others keep running. */
    void reportUnexpectedExits() {
        for (ChildProcess child : processes()) {
            child.handle().onExit().thenRun(() -> {
                if (!isClosing()) {
                    progress.step(child.name() + " stopped unexpectedly (exit code " + child.exitCode()
                            + "); the end of " + child.logFile() + ":" + System.lineSeparator() + child.logTail(30));
                }
            });
        }
    }

    /** Whether {@link #close()} has begun, e.g. from a Ctrl-C during start-up. */
    synchronized boolean isClosing() {
        return closing;
    }

    /** Blocks until {@link #close()} has stopped every process. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Stops every process; a second caller waits for the first one to finish. Safe from a shutdown hook. */
    @Override
    public void close() {
        List<Child> toStop;
        boolean alreadyClosing;
        synchronized (this) {
            alreadyClosing = closing;
            closing = true;
            toStop = List.copyOf(children);
        }
        if (alreadyClosing) {
            awaitStoppedUninterruptibly();
            return;
        }
        try {
            for (Tier tier : Tier.values()) {
                stopTier(toStop.stream().filter(c -> c.tier() == tier).map(Child::process).toList());
            }
        } finally {
            stopped.countDown();
        }
    }

    private void stopTier(List<ChildProcess> tier) {
        List<ChildProcess> alive = tier.stream().filter(ChildProcess::isAlive).toList();
        if (alive.isEmpty()) {
            return;
        }
        progress.step("stopping " + alive.stream().map(ChildProcess::name).collect(Collectors.joining(", ")));
        // all of a tier at once: they do not depend on each other, and their shutdowns overlap
        alive.forEach(ChildProcess::requestStop);
        for (ChildProcess child : alive) {
            ChildProcess.StopResult result = child.awaitStop(STOP_GRACE);
            progress.step(result.killed()
                    ? result.name() + " did not stop within " + STOP_GRACE.toSeconds() + " s: killed"
                    : "stopped " + result.name());
        }
    }

    private void awaitStoppedUninterruptibly() {
        boolean interrupted = false;
        while (true) {
            try {
                stopped.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
