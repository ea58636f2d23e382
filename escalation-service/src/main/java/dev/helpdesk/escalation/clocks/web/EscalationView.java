package dev.helpdesk.escalation.clocks.web;

import dev.helpdesk.escalation.clocks.Escalation;
import dev.helpdesk.escalation.clocks.TicketClock;
import java.time.Instant;
import java.util.List;

/**
 * One escalated ticket: its priority and policy now, when it was first escalated, and each
 * escalated target with what was asked for (FUNCTIONAL, HIERARCHICAL), when it was breached
 * ({@code at}) and when escalating was requested ({@code requestedAt}: later by the priority's
 * escalation delay). A target still waiting for its delay is not listed yet.
 */
record EscalationView(String ticketId, String priority, String policyId, Instant escalatedAt,
        List<EscalatedTarget> escalations) {

    record EscalatedTarget(String target, List<String> levels, Instant at, Instant requestedAt) {

        static EscalatedTarget of(Escalation escalation) {
            return new EscalatedTarget(escalation.target().name(),
                    escalation.levels().stream().map(Enum::name).toList(), escalation.at(), escalation.requestAt());
        }
    }

    static EscalationView of(TicketClock clock) {
        List<EscalatedTarget> targets = clock.escalations().stream().filter(Escalation::requested)
                .map(EscalatedTarget::of).toList();
        return new EscalationView(clock.ticketId(),
                clock.details().priority() == null ? null : clock.details().priority().name(), clock.policyId(),
                clock.escalatedAt().orElse(null), targets);
    }
}
