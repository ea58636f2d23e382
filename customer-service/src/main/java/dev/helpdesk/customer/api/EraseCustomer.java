package dev.helpdesk.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Erase a customer's personal data on their request (GDPR article 17): the record is anonymised and
 * deactivated, the tickets that name the customer are kept.
 *
 * @param reason why, as the erasure record keeps it (the request's reference, not the person's name)
 * @param erasedBy who erased it: the caller's id
 */
public record EraseCustomer(@TargetAggregateIdentifier String customerId, String reason, String erasedBy) {
}
