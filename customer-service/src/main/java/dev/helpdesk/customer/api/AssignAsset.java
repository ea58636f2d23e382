package dev.helpdesk.customer.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Record a device as assigned to a customer (DESIGN.md section 5's Asset). The asset's id is chosen
 * before the command is sent, so a retried request records it once.
 */
public record AssignAsset(@TargetAggregateIdentifier String customerId, String assetId, String type, String model,
        String serial, String assetTag) {
}
