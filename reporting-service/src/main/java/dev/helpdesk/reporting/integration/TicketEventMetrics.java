package dev.helpdesk.reporting.integration;

import dev.helpdesk.reporting.query.ApplyOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.springframework.stereotype.Component;

/**
 * What happened to the ticket events this service read, and how far behind the stream the
 * projection runs. All outcomes are registered up front so that a dashboard shows a zero, not a
 * gap, for dead letters that never happened.
 */
@Component
public class TicketEventMetrics {

    static final String EVENTS = "helpdesk.reporting.events";
    static final String PROJECTION_LAG = "helpdesk.reporting.projection.lag";

    private final Counter applied;
    private final Counter duplicate;
    private final Counter unknownType;
    private final Counter deadLettered;
    private final Timer lag;

    public TicketEventMetrics(MeterRegistry registry) {
        this.applied = outcome(registry, "applied", "events applied to the projection");
        this.duplicate = outcome(registry, "duplicate",
                "events skipped because they, or newer events of the same ticket, were applied before");
        this.unknownType = outcome(registry, "unknown-type",
                "events skipped because their type is newer than this service");
        this.deadLettered = outcome(registry, "dead-lettered",
                "records handed to the dead-letter topic because they cannot be read or applied");
        this.lag = Timer.builder(PROJECTION_LAG)
                .description("Time from an event's occurrence to the projection reading it")
                .register(registry);
    }

    void counted(ApplyOutcome outcome) {
        (outcome == ApplyOutcome.APPLIED ? applied : duplicate).increment();
    }

    void skippedUnknownType() {
        unknownType.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    /** Measured on every event read, so a projection stuck behind the stream shows at once. */
    void read(OffsetDateTime eventTime) {
        if (eventTime != null) {
            Duration behind = Duration.between(eventTime.toInstant(), Instant.now());
            // A producer's clock may run ahead of ours; that is no lag.
            lag.record(behind.isNegative() ? Duration.ZERO : behind);
        }
    }

    private static Counter outcome(MeterRegistry registry, String outcome, String description) {
        return Counter.builder(EVENTS).tag("outcome", outcome).description(description).register(registry);
    }
}
