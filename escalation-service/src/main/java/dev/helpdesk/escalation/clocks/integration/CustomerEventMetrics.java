package dev.helpdesk.escalation.clocks.integration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/** What happened to the customer events the clocks read (D34); all registered up front, so a dashboard shows zeros. */
@Component
class CustomerEventMetrics {

    static final String EVENTS = "helpdesk.escalation.customer.events";
    static final String CLOCKS_CHANGED = "helpdesk.escalation.customer.clocks-changed";

    private final Counter applied;
    private final Counter skipped;
    private final Counter deadLettered;
    private final Counter clocksChanged;

    CustomerEventMetrics(MeterRegistry registry) {
        applied = outcome(registry, "applied", "customer events whose profile the clocks took");
        skipped = outcome(registry, "skipped", "customer events of a type the clocks do not read");
        deadLettered = outcome(registry, "dead-lettered",
                "records handed to the dead-letter topic because they cannot be read or applied");
        clocksChanged = Counter.builder(CLOCKS_CHANGED)
                .description("open SLA clocks retargeted because their requester's VIP flag or tier changed")
                .register(registry);
    }

    void applied(int changedClocks) {
        applied.increment();
        clocksChanged.increment(changedClocks);
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
