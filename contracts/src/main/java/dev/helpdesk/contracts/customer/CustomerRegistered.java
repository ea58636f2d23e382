package dev.helpdesk.contracts.customer;

import java.time.Instant;

/**
 * The {@code data} of a {@value CustomerEventTypes#REGISTERED} event: a customer (a requester) was
 * added to the directory. Its CloudEvent {@code subject} and record key are the customer id, its
 * {@code sequence} the customer's own, from 1.
 *
 * @param customerId     the customer's id, also the CloudEvent's subject and the record key
 * @param organizationId the organisation the customer belongs to; null for none
 * @param vip            whether the customer is a VIP (their tickets get the next stricter priority's targets)
 * @param tier           the customer's support tier (free text such as {@code gold}); null for none
 * @param active         whether the customer may open tickets
 * @param registeredAt   when the customer was registered; also the CloudEvent's {@code time}
 */
public record CustomerRegistered(
        String customerId,
        String organizationId,
        boolean vip,
        String tier,
        boolean active,
        Instant registeredAt) {
}
