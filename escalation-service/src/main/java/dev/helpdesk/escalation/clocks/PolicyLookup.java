package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.policies.TicketFacts;
import java.util.Optional;

/** Which policy applies to a ticket with these facts now (the most specific match), if any. */
@FunctionalInterface
public interface PolicyLookup {

    Optional<PolicyInForce> policyFor(TicketFacts facts);
}
