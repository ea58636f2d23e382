package dev.helpdesk.contracts.email;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The {@code data} of a {@value EmailEventTypes#RECEIVED} event: a mail to the support address, taken once
 * per Message-ID. The ticket service adds it as the requester's public comment to {@code replyToTicketId}
 * when that is the requester's ticket and still open or resolved, and otherwise opens the INCIDENT
 * {@code ticketId}, channel EMAIL. The sender's address and name are not published: the requester's id
 * names them (DESIGN.md: other services keep no customer's address). Its CloudEvent {@code subject} and
 * record key are {@code mailId}, its {@code sequence} 1.
 *
 * @param mailId            the mail's id in the customer service: {@code email-} and the SHA-256 of its
 *                          Message-ID (of its content when it has none); also the subject and the key
 * @param messageId         the mail's Message-ID header as received, or null when it had none
 * @param ticketId          the ticket (a UUID) to open for the mail when it is not taken as a reply; derived
 *                          from {@code mailId}, so a redelivery names the same one
 * @param replyToTicketId   the ticket (a UUID) the mail answers, from its In-Reply-To/References (our
 *                          notifications' Message-IDs) or the {@code [HD-000042]} in its subject; null if none
 * @param replyToNumber     the ticket number in the subject ({@code HD-000042}), or null
 * @param requesterId       the customer who sent it (matched by address, or registered for it)
 * @param requesterRegistered whether the customer was registered for this mail (an unknown sender)
 * @param subject           the mail's subject as written (at most 200 characters), never empty
 * @param text              the plain-text body (from text/plain, or the HTML part turned to text)
 * @param attachments       each kept attachment: {@code id}, {@code fileName}, {@code contentType},
 *                          {@code size} (bytes) and {@code path} (the download path under {@code /api/v1})
 * @param via               {@code IMAP} (read from the mailbox) or {@code WEBHOOK} (posted by a mail provider)
 * @param receivedBy        the account that took it in: the integration that posted it, or the mailbox reader
 * @param receivedAt        when the customer service took it; also the CloudEvent's {@code time}
 */
public record EmailReceived(
        String mailId,
        String messageId,
        String ticketId,
        String replyToTicketId,
        String replyToNumber,
        String requesterId,
        boolean requesterRegistered,
        String subject,
        String text,
        List<Map<String, Object>> attachments,
        String via,
        String receivedBy,
        Instant receivedAt) {

    /** Read from the support mailbox over IMAP. */
    public static final String IMAP = "IMAP";
    /** Posted to the inbound webhook by a mail provider. */
    public static final String WEBHOOK = "WEBHOOK";
}
