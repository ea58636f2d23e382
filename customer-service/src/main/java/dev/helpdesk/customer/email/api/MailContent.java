package dev.helpdesk.customer.email.api;

import java.util.List;

/**
 * What a mail says and who wrote it: the part of a stored mail that is personal data, sealed with the
 * sender's customer key in the event store (D66), so an erasure of the customer makes it unreadable.
 *
 * @param from        the sender's address, as written
 * @param fromName    the sender's display name, or null
 * @param subject     the subject, never blank
 * @param text        the plain-text body
 * @param attachments the attachments kept for the mail, in the mail's order
 */
public record MailContent(String from, String fromName, String subject, String text,
        List<AttachmentRef> attachments) {

    /** What the subject of an erased sender's mail reads as. */
    public static final String ERASED_SUBJECT = "(erased)";

    public MailContent {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
