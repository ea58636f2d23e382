package dev.helpdesk.contracts.sla;

import java.time.Instant;

/**
 * The {@code data} of a {@value SlaEventTypes#BREACHED} event: a ticket's SLA target has used up
 * all its time without being met; from now on it is late. Each target of a ticket is breached at
 * most once.
 *
 * @param ticketId  the ticket's UUID, also the CloudEvent's subject and the record key
 * @param target    which promise: FIRST_RESPONSE or RESOLUTION
 * @param threshold always 1.0: the whole target
 * @param reachedAt the exact instant of the breach (also the CloudEvent's {@code time}), even when
 *                  the service noticed it later
 * @param dueAt     when the target fell due: the same instant as {@code reachedAt}, named as in
 *                  {@link SlaWarning} so a consumer reads both alike
 * @param policyId  the SLA policy whose target it is
 * @param priority  the ticket's priority at {@code reachedAt}; null when not known
 */
public record SlaBreached(
        String ticketId,
        String target,
        double threshold,
        Instant reachedAt,
        Instant dueAt,
        String policyId,
        String priority) {
}
