package dev.helpdesk.reporting.integration;

import dev.helpdesk.contracts.Topics;
import dev.helpdesk.reporting.query.ApplyOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What happened to the events this service read, per topic, and how far behind the streams the
 * projection runs. All outcomes are registered up front so that a dashboard shows a zero, not a
 * gap, for dead letters that never happened.
 */
@Component
public class EventMetrics {

    static final String EVENTS = "helpdesk.reporting.events";
    static final String PROJECTION_LAG = "helpdesk.reporting.projection.lag";
    static final String FAILED_ATTEMPTS = "helpdesk.reporting.failed.attempts";
    static final String TICKETS = Topics.TICKETS;
    static final String SLA = Topics.SLA;
    static final String KNOWLEDGE = Topics.KNOWLEDGE;

    private final Map<String, Counter> counters = new HashMap<>();
    private final Timer lag;

    public EventMetrics(MeterRegistry registry) {
        for (String topic : new String[] {TICKETS, SLA, KNOWLEDGE}) {
            register(registry, topic, "applied", "events applied to the projection");
            register(registry, topic, "duplicate",
                    "events skipped because they were applied before, or only moved a status a newer event decided");
            register(registry, topic, "unknown-type",
                    "events skipped because the reports do not count their type (newer than this service, or not a figure)");
            register(registry, topic, "dead-lettered",
                    "records handed to the dead-letter topic because they cannot be read or applied");
            for (String failure : new String[] {"transient", "other"}) {
                counters.put(topic + "/attempt-" + failure, Counter.builder(FAILED_ATTEMPTS).tag("topic", topic)
                        .tag("failure", failure)
                        .description("attempts to apply a record that failed and are retried: transient ones "
                                + "(MongoDB unreachable) until they pass, others until the DLQ")
                        .register(registry));
            }
        }
        this.lag = Timer.builder(PROJECTION_LAG)
                .description("Time from an event's occurrence to the projection reading it")
                .register(registry);
    }

    void counted(String topic, ApplyOutcome outcome) {
        counter(topic, outcome == ApplyOutcome.APPLIED ? "applied" : "duplicate").increment();
    }

    void skipped(String topic) {
        counter(topic, "unknown-type").increment();
    }

    void deadLettered(String topic) {
        counter(topic, "dead-lettered").increment();
    }

    void failedAttempt(String topic, boolean transientFailure) {
        counter(topic, transientFailure ? "attempt-transient" : "attempt-other").increment();
    }

    /** Measured on every event read, so a projection stuck behind the stream shows at once. */
    void read(OffsetDateTime eventTime) {
        if (eventTime != null) {
            Duration behind = Duration.between(eventTime.toInstant(), Instant.now());
            // A producer's clock may run ahead of ours; that is no lag.
            lag.record(behind.isNegative() ? Duration.ZERO : behind);
        }
    }

    private Counter counter(String topic, String outcome) {
        return counters.get(topic + "/" + outcome);
    }

    private void register(MeterRegistry registry, String topic, String outcome, String description) {
        counters.put(topic + "/" + outcome, Counter.builder(EVENTS).tag("topic", topic).tag("outcome", outcome)
                .description(description).register(registry));
    }
}
