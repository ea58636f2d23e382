package dev.helpdesk.customer.email.intake;

import java.util.List;

/**
 * One inbound mail as the intake reads it, whether it came over IMAP or from a webhook.
 *
 * @param messageId  the Message-ID header, or null
 * @param from       the sender's address, or null when the mail has no usable one
 * @param fromName   the sender's display name, or null
 * @param subject    the subject, or null
 * @param text       the plain-text body (text/plain, else the HTML part as text), never null
 * @param inReplyTo  the In-Reply-To header's ids, or empty
 * @param references the References header's ids, or empty
 * @param content    the bytes the mail's id is derived from when it has no Message-ID
 * @param automatic  whether a machine wrote it: an auto-reply, an out-of-office note or a bounce
 *                   ({@code Auto-Submitted} other than {@code no}, {@code Precedence} bulk, junk, list or
 *                   auto_reply, {@code X-Autoreply}, a {@code multipart/report} delivery report)
 */
public record ParsedMail(String messageId, String from, String fromName, String subject, String text,
        List<String> inReplyTo, List<String> references, List<Attachment> attachments, byte[] content,
        boolean automatic) {

    public ParsedMail {
        inReplyTo = inReplyTo == null ? List.of() : List.copyOf(inReplyTo);
        references = references == null ? List.of() : List.copyOf(references);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        text = text == null ? "" : text;
    }

    /** One attached file. */
    public record Attachment(String fileName, String contentType, byte[] data) {
    }
}
