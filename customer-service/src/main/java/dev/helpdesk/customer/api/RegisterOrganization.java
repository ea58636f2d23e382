package dev.helpdesk.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Add an organisation (a company the customers work for).
 *
 * @param domain the organisation's mail domain ({@code example.com}); null for none
 */
public record RegisterOrganization(@TargetAggregateIdentifier String organizationId, String name, String domain) {
}
