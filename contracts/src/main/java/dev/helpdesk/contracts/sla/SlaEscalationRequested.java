package dev.helpdesk.contracts.sla;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value SlaEventTypes#ESCALATION_REQUESTED} event: a breached target calls
 * for an escalation, which the ticket service carries out as the ticket's own escalate command (so
 * the ticket's history shows it). Its CloudEvent {@code id} is
 * {@code <ticketId>:<target>:escalation}: each target of a ticket is escalated at most once, and a
 * resend carries the same id, which the ticket service applies once.
 *
 * @param ticketId    the ticket's UUID, also the CloudEvent's subject and the record key
 * @param target      the breached promise: FIRST_RESPONSE or RESOLUTION
 * @param levels      what to do, by the escalation rule of the ticket's priority: FUNCTIONAL (move
 *                    the ticket to its group's next-level group) and/or HIERARCHICAL (tell the
 *                    group's supervisor)
 * @param reason      why, in words for the ticket's history
 * @param breachedAt  when the target was breached
 * @param requestedAt when the escalation fell due by its rule (the CloudEvent's {@code time})
 * @param policyId    the SLA policy whose target was breached
 * @param priority    the ticket's priority at the breach; null when not known
 */
public record SlaEscalationRequested(
        String ticketId,
        String target,
        List<String> levels,
        String reason,
        Instant breachedAt,
        Instant requestedAt,
        String policyId,
        String priority) {
}
