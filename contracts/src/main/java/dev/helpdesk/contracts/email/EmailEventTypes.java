package dev.helpdesk.contracts.email;

/**
 * CloudEvents {@code type} of each inbound e-mail event, published by the customer service (which reads
 * the support mailbox and takes mail providers' webhooks) on {@link dev.helpdesk.contracts.Topics#CHANNELS},
 * keyed by the mail's id. The version is part of the name: a change that breaks consumers gets a new name.
 */
public final class EmailEventTypes {

    /** A mail reached the support address: a new ticket to open, or a reply to one of ours. */
    public static final String RECEIVED = "helpdesk.email.received.v1";

    private EmailEventTypes() {
    }
}
