package dev.helpdesk.reporting.web;

import dev.helpdesk.reporting.query.ProjectionChangeListener;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The dashboard's live feed (decisions D76): each open stream hears {@code changed} at most every
 * {@code min-gap} after the projection applied new events, and a comment every {@code heartbeat}
 * while nothing changes, so that no proxy on the way (the gateway reads with a 30 s timeout) takes
 * the quiet stream for a dead one. The signal says only that figures moved; the page then reads
 * them with its own token, so what it sees is exactly what the API lets it see.
 *
 * <p>The projection's consumer only sets a flag; one ticker thread does the sending, so a slow
 * screen never holds up the consumer.
 */
@Component
class DashboardChanges implements ProjectionChangeListener, DisposableBean {

    static final String CHANGED = "changed";
    static final String READY = "ready";
    private static final Duration TICK = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(DashboardChanges.class);

    private final Duration minGap;
    private final Duration heartbeat;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicLong changes = new AtomicLong();
    private final Set<SseEmitter> streams = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "dashboard-changes");
        thread.setDaemon(true);
        return thread;
    });
    private volatile long lastSignal;
    private volatile long lastBeat = System.nanoTime();

    DashboardChanges(@Value("${helpdesk.reporting.dashboard.min-gap:500ms}") Duration minGap,
            @Value("${helpdesk.reporting.dashboard.heartbeat:15s}") Duration heartbeat) {
        this.minGap = minGap;
        this.heartbeat = heartbeat;
        ticker.scheduleWithFixedDelay(this::tick, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void servingChanged() {
        pending.set(true);
    }

    /**
     * A new stream that ends by itself after {@code lifetime} (the client opens another, with a
     * token that is still valid). It starts with {@code ready}, on which the page reads the figures,
     * so nothing that changed while it was reconnecting is missed.
     */
    SseEmitter open(Duration lifetime) {
        SseEmitter stream = new SseEmitter(Math.max(1, lifetime.toMillis()));
        stream.onCompletion(() -> streams.remove(stream));
        stream.onTimeout(() -> streams.remove(stream));
        stream.onError(failure -> streams.remove(stream));
        if (send(stream, SseEmitter.event().name(READY).id(Long.toString(changes.get()))
                .data(Map.of("changes", changes.get(), "at", Instant.now().toString())))) {
            streams.add(stream);
        }
        return stream;
    }

    int openStreams() {
        return streams.size();
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            if (pending.get() && now - lastSignal >= minGap.toNanos()) {
                pending.set(false);
                lastSignal = now;
                lastBeat = now;
                long number = changes.incrementAndGet();
                broadcast(SseEmitter.event().name(CHANGED).id(Long.toString(number))
                        .data(Map.of("changes", number, "at", Instant.now().toString())));
            } else if (now - lastBeat >= heartbeat.toNanos()) {
                lastBeat = now;
                broadcast(SseEmitter.event().comment("keep-alive"));
            }
        } catch (RuntimeException e) {
            log.warn("The dashboard's live feed failed to send; it goes on with the next tick", e);
        }
    }

    private void broadcast(SseEmitter.SseEventBuilder event) {
        for (SseEmitter stream : streams) {
            if (!send(stream, event)) {
                streams.remove(stream);
            }
        }
    }

    /** False when the client has gone: the stream is then finished and forgotten. */
    private static boolean send(SseEmitter stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.send(event);
            return true;
        } catch (IOException | IllegalStateException gone) {
            stream.completeWithError(gone);
            return false;
        }
    }

    @Override
    public void destroy() {
        ticker.shutdownNow();
        streams.forEach(SseEmitter::complete);
        streams.clear();
    }
}
