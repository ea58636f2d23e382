package dev.helpdesk.escalation.policies;

/**
 * What a policy's conditions look at: the ticket's priority, type and category, and its
 * requester's tier and VIP flag. A fact that is not known ({@code null}) matches no condition
 * about it, only policies that leave that condition out.
 */
public record TicketFacts(Priority priority, TicketType type, String category, String tier, boolean vip) {
}
