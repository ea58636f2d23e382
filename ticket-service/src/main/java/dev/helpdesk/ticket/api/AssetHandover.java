package dev.helpdesk.ticket.api;

/**
 * The device a fulfilled service request hands over to its requester (a new laptop), as the
 * resolving agent gives it: a type and a serial number or an asset tag are required.
 */
public record AssetHandover(String type, String model, String serial, String assetTag) {
}
