package dev.helpdesk.ticket.sla;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * What happened to the records of the SLA topic that this service reads
 * ({@code helpdesk.tickets.sla-events{outcome}}). All outcomes are registered up front so that a
 * dashboard shows a zero, not a gap.
 */
@Component
class SlaEventMetrics {

    static final String EVENTS = "helpdesk.tickets.sla-events";

    private final Map<SlaRequestOutcome, Counter> outcomes = new EnumMap<>(SlaRequestOutcome.class);
    private final Counter otherType;
    private final Counter deadLettered;

    SlaEventMetrics(MeterRegistry registry) {
        outcomes.put(SlaRequestOutcome.ESCALATED, outcome(registry, "escalated",
                "escalation requests carried out (or found carried out before)"));
        outcomes.put(SlaRequestOutcome.CLOSED, outcome(registry, "closed",
                "resolved tickets closed at the end of their reopen window"));
        outcomes.put(SlaRequestOutcome.NOT_APPLICABLE, outcome(registry, "not-applicable",
                "requests for tickets no longer in the state they were for, or that refused them"));
        outcomes.put(SlaRequestOutcome.UNKNOWN_TICKET, outcome(registry, "unknown-ticket",
                "requests for tickets this service does not know"));
        otherType = outcome(registry, "other-type", "SLA events that ask nothing of the ticket service");
        deadLettered = outcome(registry, "dead-lettered",
                "records handed to the dead-letter topic because they cannot be read or applied");
    }

    void counted(SlaRequestOutcome outcome) {
        outcomes.get(outcome).increment();
    }

    void otherType() {
        otherType.increment();
    }

    void deadLettered() {
        deadLettered.increment();
    }

    private static Counter outcome(MeterRegistry registry, String outcome, String description) {
        return Counter.builder(EVENTS).tag("outcome", outcome).description(description).register(registry);
    }
}
