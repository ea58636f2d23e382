package dev.helpdesk.contracts.customer;

import java.time.Instant;
import java.util.List;

/**
 * The {@code data} of a {@value CustomerEventTypes#UPDATED} event: a customer's record changed. It
 * carries the customer's whole shared profile as it is after the change, not only what changed, so
 * a consumer keeps the profile of the highest {@code sequence} it has seen and never needs an
 * earlier event to be right.
 *
 * @param customerId     the customer's id, also the CloudEvent's subject and the record key
 * @param organizationId the organisation now; null for none
 * @param vip            the VIP flag now
 * @param tier           the tier now; null for none
 * @param active         whether the customer may open tickets now
 * @param changed        the fields of the directory record that this change touched, by their API
 *                       names ({@code vip}, {@code tier}, {@code name}, …), so a consumer can skip
 *                       what does not concern it; personal fields are named, never their values
 * @param updatedAt      when the record changed; also the CloudEvent's {@code time}
 */
public record CustomerUpdated(
        String customerId,
        String organizationId,
        boolean vip,
        String tier,
        boolean active,
        List<String> changed,
        Instant updatedAt) {
}
