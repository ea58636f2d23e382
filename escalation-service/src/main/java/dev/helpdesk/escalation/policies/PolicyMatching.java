package dev.helpdesk.escalation.policies;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/**
 * Which policy applies to a ticket: among the policies whose conditions the ticket meets, the
 * most specific one, that is the one with the most conditions given (a policy for "P2 and VIP"
 * beats one for "P2"). The SLA clocks ask this whenever a ticket's facts or the policies change.
 *
 * <p>Equally specific matches are decided, so that the answer never depends on storage order:
 * first the stricter resolution target wins (two rules that both claim a ticket, the customer
 * gets the better promise), then the stricter first-response target, then the smaller id.
 */
public final class PolicyMatching {

    /** The preferred policy first. */
    static final Comparator<SlaPolicy> PREFERENCE = Comparator
            .comparingInt((SlaPolicy policy) -> policy.conditions().count()).reversed()
            .thenComparing(SlaPolicy::resolution)
            .thenComparing(SlaPolicy::firstResponse)
            .thenComparing(SlaPolicy::id);

    private PolicyMatching() {
    }

    /** The policy for the ticket, or empty when none matches (then the ticket has no SLA). */
    public static Optional<SlaPolicy> mostSpecific(Collection<SlaPolicy> policies, TicketFacts ticket) {
        return policies.stream().filter(policy -> policy.conditions().matches(ticket)).min(PREFERENCE);
    }
}
