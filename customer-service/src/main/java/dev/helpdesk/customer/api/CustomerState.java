package dev.helpdesk.customer.api;

import java.time.Instant;

/**
 * A customer's record as a command left it: what the API answers with.
 *
 * @param erasure the record of the customer's erasure; null while they are not erased
 */
public record CustomerState(String customerId, CustomerProfile profile, long version, Instant createdAt,
        Instant updatedAt, CustomerErasure erasure) {

    /** A record that was not erased. */
    public CustomerState(String customerId, CustomerProfile profile, long version, Instant createdAt,
            Instant updatedAt) {
        this(customerId, profile, version, createdAt, updatedAt, null);
    }
}
