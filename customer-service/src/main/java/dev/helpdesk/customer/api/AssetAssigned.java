package dev.helpdesk.customer.api;

import org.axonframework.serialization.Revision;

/** A device was assigned to a customer; when is the message's timestamp. */
@Revision("1")
public record AssetAssigned(String customerId, String assetId, String type, String model, String serial,
        String assetTag) {
}
