package dev.helpdesk.customer.directory;

import java.time.Instant;

/** A device assigned to a customer, as the directory serves it: DESIGN.md section 5's Asset. */
public record AssetView(String id, String type, String model, String serial, String assetTag, Instant assignedAt) {
}
