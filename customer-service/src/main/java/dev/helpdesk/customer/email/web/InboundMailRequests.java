package dev.helpdesk.customer.email.web;

import dev.helpdesk.customer.email.intake.MailParser;
import dev.helpdesk.customer.email.intake.ParsedMail;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Checks the webhook's JSON and turns it into the intake's mail. Missing or malformed fields are a 400
 * naming each; an attachment over the limit a 413; either way nothing is stored.
 */
final class InboundMailRequests {

    private InboundMailRequests() {
    }

    static List<Map.Entry<String, String>> violations(InboundMailRequest request) {
        List<Map.Entry<String, String>> violations = new ArrayList<>();
        if (request == null) {
            violations.add(Map.entry("from", "must not be blank"));
            return violations;
        }
        if (request.from() == null || request.from().isBlank()) {
            violations.add(Map.entry("from", "must not be blank"));
        } else if (senderOf(request.from()) == null) {
            violations.add(Map.entry("from", "must be an e-mail address such as ada@example.com"));
        }
        if (request.to() != null) {
            for (int i = 0; i < request.to().size(); i++) {
                String to = request.to().get(i);
                if (to == null || to.isBlank() || senderOf(to) == null) {
                    violations.add(Map.entry("to[" + i + "]", "must be an e-mail address"));
                }
            }
        }
        if (blank(request.subject()) && blank(request.text()) && blank(request.html())) {
            violations.add(Map.entry("subject", "a mail needs a subject, a text or an html body"));
        }
        List<InboundMailRequest.Attachment> attachments = request.attachments() == null ? List.of()
                : request.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            InboundMailRequest.Attachment attachment = attachments.get(i);
            String field = "attachments[" + i + "]";
            if (attachment == null) {
                violations.add(Map.entry(field, "must not be null"));
                continue;
            }
            if (blank(attachment.fileName())) {
                violations.add(Map.entry(field + ".fileName", "must not be blank"));
            }
            if (attachment.content() == null) {
                violations.add(Map.entry(field + ".content", "must be the file's bytes in base64"));
            } else if (decoded(attachment.content()) == null) {
                violations.add(Map.entry(field + ".content", "is not base64"));
            }
        }
        return violations;
    }

    /** The first attachment over the limit, as a field and a message; null if none is. */
    static Map.Entry<String, String> oversized(InboundMailRequest request, long limit) {
        List<InboundMailRequest.Attachment> attachments = request.attachments() == null ? List.of()
                : request.attachments();
        for (int i = 0; i < attachments.size(); i++) {
            byte[] data = decoded(attachments.get(i).content());
            if (data != null && data.length > limit) {
                return Map.entry("attachments[" + i + "].content", "has " + data.length
                        + " bytes, more than the limit of " + limit);
            }
        }
        return null;
    }

    /** The intake's mail; call only for a request without violations. */
    static ParsedMail mailOf(InboundMailRequest request) {
        InternetAddress sender = senderOf(request.from());
        String fromName = !blank(request.fromName()) ? request.fromName().strip() : sender.getPersonal();
        String text = !blank(request.text()) ? request.text().strip()
                : blank(request.html()) ? "" : MailParser.htmlToText(request.html());
        List<ParsedMail.Attachment> attachments = new ArrayList<>();
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        content.writeBytes((sender.getAddress() + "\n" + request.subject() + "\n" + text)
                .getBytes(StandardCharsets.UTF_8));
        if (request.attachments() != null) {
            for (InboundMailRequest.Attachment attachment : request.attachments()) {
                byte[] data = decoded(attachment.content());
                attachments.add(new ParsedMail.Attachment(attachment.fileName().strip(),
                        blank(attachment.contentType()) ? "application/octet-stream" : attachment.contentType().strip(),
                        data));
                content.writeBytes(data);
            }
        }
        return new ParsedMail(blank(request.messageId()) ? null : request.messageId().strip(), sender.getAddress(),
                blank(fromName) ? null : fromName, request.subject(), text,
                blank(request.inReplyTo()) ? List.of() : List.of(request.inReplyTo().strip()),
                request.references(), attachments, content.toByteArray(), false);
    }

    private static InternetAddress senderOf(String from) {
        try {
            InternetAddress address = new InternetAddress(from.strip(), true);
            address.validate();
            return MailParser.isAddress(address.getAddress()) ? address : null;
        } catch (AddressException e) {
            return null;
        }
    }

    private static byte[] decoded(String base64) {
        try {
            return base64 == null ? null : Base64.getDecoder().decode(base64.replaceAll("\\s", ""));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
