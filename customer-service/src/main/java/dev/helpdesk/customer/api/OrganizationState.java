package dev.helpdesk.customer.api;

import java.time.Instant;

/** An organisation as its registration left it: what the API answers with. */
public record OrganizationState(String organizationId, String name, String domain, Instant createdAt) {
}
