package dev.helpdesk.customer.email.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Take one inbound mail, by its id ({@code email-} and the SHA-256 of its Message-ID): the first command
 * for an id records it, a second is refused by the event store, so each mail is taken once.
 *
 * @param ticketId          the ticket to open for it, unless it is taken as a reply
 * @param replyToTicketId   the ticket it answers (threading headers or subject), or null
 * @param replyToNumber     the ticket number in its subject, or null
 * @param requesterRegistered whether {@code requesterId} was registered for this mail
 * @param via               {@code IMAP} or {@code WEBHOOK}
 * @param receivedBy        the account that took it in
 */
public record ReceiveEmail(
        @TargetAggregateIdentifier String mailId,
        String messageId,
        String ticketId,
        String replyToTicketId,
        String replyToNumber,
        String requesterId,
        boolean requesterRegistered,
        MailContent mail,
        String via,
        String receivedBy) {

    /** Read from the support mailbox over IMAP. */
    public static final String VIA_IMAP = "IMAP";
    /** Posted to the inbound webhook by a mail provider. */
    public static final String VIA_WEBHOOK = "WEBHOOK";
}
