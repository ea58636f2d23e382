package dev.helpdesk.escalation.clocks;

import java.time.Instant;
import java.util.Objects;

/**
 * What the SLA clocks need to know of a requester, as the customer events last told it (D34): the
 * VIP flag and the tier that policies may name, the customer's own event sequence that told it (so
 * an older event never overwrites a newer one), and when it became so.
 */
public record RequesterProfile(String customerId, boolean vip, String tier, long sequence, Instant changedAt) {

    public RequesterProfile {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(changedAt, "changedAt");
        tier = tier == null || tier.isBlank() ? null : tier.strip();
    }
}
