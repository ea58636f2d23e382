package dev.helpdesk.contracts.sla;

import java.time.Instant;

/**
 * The {@code data} of a {@value SlaEventTypes#WARNING} event: a ticket's SLA target has used up a
 * share of its time (a policy's {@code warnAt}, by default 75 % and 90 %) and is not met yet.
 *
 * <p>Enumerations travel as strings, so a consumer built against this version keeps reading when
 * a value is added: {@code target} is FIRST_RESPONSE or RESOLUTION, {@code priority} P1 to P5.
 *
 * @param ticketId  the ticket's UUID, also the CloudEvent's subject and the record key
 * @param target    which promise: FIRST_RESPONSE or RESOLUTION
 * @param threshold the share of the target reached, a fraction between 0 and 1 (e.g. 0.75)
 * @param reachedAt the exact instant the share was reached (also the CloudEvent's {@code time}),
 *                  even when the service noticed it later
 * @param dueAt     when the target falls due, as it stood at {@code reachedAt}; null while the
 *                  ticket was pending then (the clock paused)
 * @param remaining the business time left at {@code reachedAt}, ISO-8601 (e.g. {@code PT1H}); null
 *                  when not known
 * @param policyId  the SLA policy whose target it is
 * @param priority  the ticket's priority at {@code reachedAt}; null when not known
 */
public record SlaWarning(
        String ticketId,
        String target,
        double threshold,
        Instant reachedAt,
        Instant dueAt,
        String remaining,
        String policyId,
        String priority) {
}
