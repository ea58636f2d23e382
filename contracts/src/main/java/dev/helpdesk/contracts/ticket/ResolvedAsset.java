package dev.helpdesk.contracts.ticket;

/**
 * Part of a {@value TicketEventTypes#RESOLVED} event, not an event of its own: the device handed over
 * to the requester by a fulfilled service request (a new laptop), for the customer service to record
 * on them. The asset id is chosen by the ticket service once per resolution, so a redelivered event
 * records the same asset again, which adds nothing.
 *
 * @param assetId    the asset's id, as the customer's {@code /customers/{id}/assets} will name it
 * @param customerId the requester the device was handed to
 * @param type       the kind of device, upper case, e.g. {@code LAPTOP}
 * @param model      the model, or null
 * @param serial     the serial number, or null (then the asset tag is given)
 * @param assetTag   the company's inventory tag, or null (then the serial is given)
 */
public record ResolvedAsset(
        String assetId,
        String customerId,
        String type,
        String model,
        String serial,
        String assetTag) {
}
