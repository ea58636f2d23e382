package dev.helpdesk.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Change a customer's record by {@code patch}, applied to the record as the aggregate holds it (so
 * two changes of different fields never undo each other).
 *
 * @param expectedVersion the version the caller saw ({@code If-Match}), or null to change whatever it is
 */
public record ChangeCustomer(@TargetAggregateIdentifier String customerId, CustomerPatch patch,
        Long expectedVersion) {
}
