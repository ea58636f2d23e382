package dev.helpdesk.customer.email.intake;

/**
 * What became of one inbound mail.
 *
 * @param ticketId        the ticket opened for it (when it is not taken as a reply), or null
 * @param replyToTicketId the ticket it answers, or null
 * @param reason          why it was parked or rejected, or null
 */
public record MailReceipt(String mailId, Outcome outcome, String ticketId, String replyToTicketId,
        String requesterId, boolean requesterRegistered, String reason) {

    /** The outcomes, counted in {@code helpdesk_customer_inbound_mail_total{outcome}}. */
    public enum Outcome {
        /** Recorded: the ticket service opens its ticket or adds it to the ticket it answers. */
        TAKEN,
        /** Taken before (same Message-ID): nothing new. */
        DUPLICATE,
        /** Set aside with a reason for an admin. */
        PARKED,
        /** From an unknown sender while those are rejected: set aside, the sender told. */
        REJECTED
    }

    static MailReceipt setAside(String mailId, Outcome outcome, String requesterId, String reason) {
        return new MailReceipt(mailId, outcome, null, null, requesterId, false, reason);
    }
}
