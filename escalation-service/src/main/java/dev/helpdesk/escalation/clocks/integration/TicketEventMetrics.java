package dev.helpdesk.escalation.clocks.integration;

import dev.helpdesk.escalation.clocks.ApplyOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What happened to the ticket events the clocks read. All outcomes are registered up front so
 * that a dashboard shows a zero, not a gap.
 */
@Component
class TicketEventMetrics {

    static final String EVENTS = "helpdesk.escalation.ticket.events";

    private final Map<ApplyOutcome, Counter> applied = new EnumMap<>(ApplyOutcome.class);
    private final Counter notForTheClock;
    private final Counter unknownType;
    private final Counter deadLettered;

    TicketEventMetrics(MeterRegistry registry) {
        applied.put(ApplyOutcome.APPLIED, outcome(registry, "applied", "events applied to an SLA clock"));
        applied.put(ApplyOutcome.DUPLICATE, outcome(registry, "duplicate",
                "events skipped because they, or newer events of the same ticket, were applied before"));
        applied.put(ApplyOutcome.UNKNOWN_TICKET, outcome(registry, "unknown-ticket",
                "events skipped because this service never saw their ticket opened"));
        notForTheClock = outcome(registry, "not-for-the-clock", "ticket events that do not touch an SLA clock");
        unknownType = outcome(registry, "unknown-type", "events skipped because their type is newer than this service");
        deadLettered = outcome(registry, "dead-lettered",
                "records handed to the dead-letter topic because they cannot be read or applied");
    }

    void counted(ApplyOutcome outcome) {
        applied.get(outcome).increment();
    }

    void notForTheClock() {
        notForTheClock.increment();
    }

    void unknownType() {
        unknownType.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    private static Counter outcome(MeterRegistry registry, String outcome, String description) {
        return Counter.builder(EVENTS).tag("outcome", outcome).description(description).register(registry);
    }
}
