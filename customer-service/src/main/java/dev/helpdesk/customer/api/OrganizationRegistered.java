package dev.helpdesk.customer.api;

import org.axonframework.serialization.Revision;

/** An organisation was added. Who did it and when are in the message's metadata. */
@Revision("1")
public record OrganizationRegistered(String organizationId, String name, String domain) {
}
