package dev.helpdesk.knowledge.integration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What happened to the ticket events this service read ({@value #EVENTS}{outcome}). All outcomes
 * are registered up front so that a dashboard shows a zero, not a gap.
 */
@Component
class TicketEventMetrics {

    static final String EVENTS = "helpdesk.knowledge.ticket.events";

    private final Counter applied;
    private final Counter duplicate;
    private final Counter skipped;
    private final Counter deadLettered;

    TicketEventMetrics(MeterRegistry registry) {
        applied = outcome(registry, "applied", "ticket events that changed what this service knows");
        duplicate = outcome(registry, "duplicate", "ticket events applied before, or older than what is known");
        skipped = outcome(registry, "skipped", "ticket events of types this service does not use");
        deadLettered = outcome(registry, "dead-lettered",
                "records handed to the dead-letter topic because they cannot be read or applied");
    }

    void counted(boolean changed) {
        (changed ? applied : duplicate).increment();
    }

    void skipped() {
        skipped.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    private static Counter outcome(MeterRegistry registry, String outcome, String description) {
        return Counter.builder(EVENTS).tag("outcome", outcome).description(description).register(registry);
    }
}
