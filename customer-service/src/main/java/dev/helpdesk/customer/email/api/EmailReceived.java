package dev.helpdesk.customer.email.api;

/**
 * An inbound mail was taken: the ticket service opens {@code ticketId} for it or adds it to the ticket it
 * answers. {@code mail} holds its personal data, sealed with the requester's key (D66).
 */
public record EmailReceived(
        String mailId,
        String messageId,
        String ticketId,
        String replyToTicketId,
        String replyToNumber,
        String requesterId,
        boolean requesterRegistered,
        MailContent mail,
        String via,
        String receivedBy) {
}
