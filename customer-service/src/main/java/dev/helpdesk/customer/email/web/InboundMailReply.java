package dev.helpdesk.customer.email.web;

import dev.helpdesk.customer.email.intake.MailReceipt;

/** The webhook's 202 answer: what became of the mail. */
record InboundMailReply(String mailId, String outcome, String ticketId, String replyToTicketId, String requesterId,
        boolean requesterRegistered, String reason) {

    static InboundMailReply of(MailReceipt receipt) {
        return new InboundMailReply(receipt.mailId(), receipt.outcome().name(), receipt.ticketId(),
                receipt.replyToTicketId(), receipt.requesterId(), receipt.requesterRegistered(), receipt.reason());
    }
}
