package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.policies.Priority;
import dev.helpdesk.escalation.policies.TicketFacts;
import dev.helpdesk.escalation.policies.TicketType;
import java.util.Objects;

/**
 * What the clocks know about a ticket: the facts from its events that choose its policy, and its
 * requester with the VIP flag and tier the customer events last told (D34). A fact a newer ticket
 * service sends in a form this version does not know is {@code null}: it matches only policies that
 * leave that condition out. A requester the customer events never named counts as no VIP, no tier.
 */
public record TicketDetails(Priority priority, TicketType type, String category, String requesterId,
        boolean vip, String tier) {

    /** A ticket whose requester's VIP flag and tier are not known. */
    public TicketDetails(Priority priority, TicketType type, String category, String requesterId) {
        this(priority, type, category, requesterId, false, null);
    }

    public TicketFacts facts() {
        return new TicketFacts(priority, type, category, tier, vip);
    }

    public TicketDetails withPriority(Priority changed) {
        return new TicketDetails(changed, type, category, requesterId, vip, tier);
    }

    public TicketDetails withCategory(String changed) {
        return new TicketDetails(priority, type, changed, requesterId, vip, tier);
    }

    /** The same ticket with its requester's VIP flag and tier as {@code profile} tells them. */
    public TicketDetails withRequester(RequesterProfile profile) {
        return new TicketDetails(priority, type, category, requesterId, profile.vip(), profile.tier());
    }

    /** Whether {@code profile} tells something else of this ticket's requester than the details hold. */
    public boolean differsFrom(RequesterProfile profile) {
        return vip != profile.vip() || !Objects.equals(tier, profile.tier());
    }
}
