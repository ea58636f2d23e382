package dev.helpdesk.customer.api;

import java.time.Instant;

/** A customer's record as a command left it: what the API answers with. */
public record CustomerState(String customerId, CustomerProfile profile, long version, Instant createdAt,
        Instant updatedAt) {
}
