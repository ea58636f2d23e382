package dev.helpdesk.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Add a customer to the directory under an id chosen before the command is sent (a UUID). */
public record RegisterCustomer(@TargetAggregateIdentifier String customerId, CustomerProfile profile) {
}
