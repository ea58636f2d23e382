package dev.helpdesk.escalation.clocks.web;

import dev.helpdesk.escalation.clocks.Escalation;
import dev.helpdesk.escalation.clocks.TicketClock;
import java.time.Instant;
import java.util.List;

/**
 * One escalated ticket: its priority and policy now, when it was first escalated, and each
 * escalated target with what was asked for (FUNCTIONAL, HIERARCHICAL) at its breach.
 */
record EscalationView(String ticketId, String priority, String policyId, Instant escalatedAt,
        List<EscalatedTarget> escalations) {

    record EscalatedTarget(String target, List<String> levels, Instant at) {

        static EscalatedTarget of(Escalation escalation) {
            return new EscalatedTarget(escalation.target().name(),
                    escalation.levels().stream().map(Enum::name).toList(), escalation.at());
        }
    }

    static EscalationView of(TicketClock clock) {
        List<EscalatedTarget> targets = clock.escalations().stream().map(EscalatedTarget::of).toList();
        return new EscalationView(clock.ticketId(),
                clock.details().priority() == null ? null : clock.details().priority().name(), clock.policyId(),
                targets.isEmpty() ? null : targets.get(0).at(), targets);
    }
}
