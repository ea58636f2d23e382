package dev.helpdesk.contracts.customer;

/**
 * CloudEvents {@code type} of each customer event, published by the customer service on
 * {@link dev.helpdesk.contracts.Topics#CUSTOMERS}, keyed by the customer id. The version is part of
 * the name: a change that breaks consumers gets a new name.
 *
 * <p>The events carry what other services decide by (organisation, VIP flag, tier, active) and no
 * personal data: names and addresses stay in the customer service, where an erasure can reach them;
 * a topic kept forever could not forget them.
 */
public final class CustomerEventTypes {

    public static final String REGISTERED = "helpdesk.customer.registered.v1";
    public static final String UPDATED = "helpdesk.customer.updated.v1";
    /** A device was assigned to the customer (added: the ticket service checks a ticket's asset by it). */
    public static final String ASSET_ASSIGNED = "helpdesk.customer.asset-assigned.v1";

    private CustomerEventTypes() {
    }
}
