package dev.helpdesk.contracts.customer;

import java.time.Instant;

/**
 * The {@code data} of a {@value CustomerEventTypes#ASSET_ASSIGNED} event: a device (a company asset)
 * was assigned to a customer. Its CloudEvent {@code subject} and record key are the customer id and
 * its {@code sequence} the customer's own, so it stays in order with the customer's other events.
 * Assets are only ever added; a consumer keeps the set of asset ids per customer.
 *
 * @param customerId the customer's id, also the CloudEvent's subject and the record key
 * @param assetId    the asset's id, as {@code /customers/{id}/assets} and a ticket's {@code affectedAssetId} name it
 * @param type       the kind of device, upper case, e.g. {@code LAPTOP} or {@code PHONE}
 * @param model      the model, or null
 * @param serial     the manufacturer's serial number, or null (then the asset tag is given)
 * @param assetTag   the company's inventory tag, or null (then the serial is given)
 * @param assignedAt when it was assigned; also the CloudEvent's {@code time}
 */
public record CustomerAssetAssigned(
        String customerId,
        String assetId,
        String type,
        String model,
        String serial,
        String assetTag,
        Instant assignedAt) {
}
