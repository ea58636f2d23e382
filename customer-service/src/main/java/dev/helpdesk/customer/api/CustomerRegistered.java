package dev.helpdesk.customer.api;

import org.axonframework.serialization.Revision;

/** A customer was added to the directory. Who did it and when are in the message's metadata. */
@Revision("1")
public record CustomerRegistered(String customerId, CustomerProfile profile) {
}
