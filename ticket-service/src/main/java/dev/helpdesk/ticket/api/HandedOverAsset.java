package dev.helpdesk.ticket.api;

/**
 * The device a resolution handed over, as recorded: the asset id chosen for it (the customer service
 * records it on the requester under this id), the requester, and the device as given (type upper case,
 * blank fields null).
 */
public record HandedOverAsset(String assetId, String customerId, String type, String model, String serial,
        String assetTag) {
}
