package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketFacts;
import dev.helpdesk.escalation.policies.TicketType;

/**
 * What the clocks know about a ticket from its events: the facts that choose its policy, and its
 * requester (whose VIP flag and tier are not known yet; they will come from the customer events).
 * A fact a newer ticket service sends in a form this version does not know is {@code null}: it
 * matches only policies that leave that condition out.
 */
public record TicketDetails(Priority priority, TicketType type, String category,
        String requesterId) {

    /** Until the customer events arrive, no requester counts as VIP and none has a tier. */
    public TicketFacts facts() {
        return new TicketFacts(priority, type, category, null, false);
    }

    public TicketDetails withPriority(Priority changed) {
        return new TicketDetails(changed, type, category, requesterId);
    }

    public TicketDetails withCategory(String changed) {
        return new TicketDetails(priority, type, changed, requesterId);
    }
}
