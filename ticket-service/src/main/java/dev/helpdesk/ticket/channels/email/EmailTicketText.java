package dev.helpdesk.ticket.channels.email;

import dev.helpdesk.contracts.email.EmailReceived;
import java.util.List;
import java.util.Map;

/**
 * The ticket's texts from a mail: the description is the mail's text, then (if any) the note that it
 * follows up a ticket it could not be added to, then its attachments, each with its name, type, size and
 * download path (D84): additive text, so the ticket's shape does not change.
 */
final class EmailTicketText {

    private static final int MAX = 20_000;

    private EmailTicketText() {
    }

    static String description(EmailReceived mail, String followedNumber) {
        StringBuilder text = new StringBuilder(mail.text() == null || mail.text().isBlank() ? "(no text)"
                : mail.text().strip());
        if (followedNumber != null) {
            text.append("\n\n(Sent as a reply to ").append(followedNumber)
                    .append(", which could not take it: opened as a new ticket.)");
        }
        return fitted(text.append(attachments(mail.attachments())));
    }

    static String comment(EmailReceived mail) {
        String body = mail.text() == null || mail.text().isBlank() ? mail.subject().strip() : mail.text().strip();
        return fitted(new StringBuilder(body).append(attachments(mail.attachments())));
    }

    private static String attachments(List<Map<String, Object>> attachments) {
        if (attachments == null || attachments.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("\n\nAttachments:");
        for (Map<String, Object> attachment : attachments) {
            list.append("\n- ").append(attachment.get("fileName")).append(" (").append(attachment.get("contentType"))
                    .append(", ").append(attachment.get("size")).append(" bytes): ").append(attachment.get("path"));
        }
        return list.toString();
    }

    private static String fitted(StringBuilder text) {
        return text.length() <= MAX ? text.toString() : text.substring(0, MAX - 1) + "…";
    }
}
