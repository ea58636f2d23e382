package dev.helpdesk.customer.api;

import java.time.Instant;

/** An asset as its assignment left it: what the API answers with. */
public record AssetState(String assetId, String type, String model, String serial, String assetTag,
        Instant assignedAt) {
}
