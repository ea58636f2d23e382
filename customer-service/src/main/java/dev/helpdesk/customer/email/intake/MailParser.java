package dev.helpdesk.customer.email.intake;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.jsoup.Jsoup;

/**
 * Reads a raw RFC 5322 mail (as IMAP hands it, or a webhook posts it as {@code message/rfc822}): the
 * headers the intake needs, the text body (the first text/plain part; without one, the first HTML part
 * turned into the text a reader sees) and every other part with a file name as an attachment.
 */
public final class MailParser {

    private static final Session SESSION = Session.getInstance(new Properties());
    private static final int MAX_DEPTH = 10;

    private MailParser() {
    }

    /** @throws UnparsableMail if the bytes are not a readable mail */
    public static ParsedMail parse(byte[] raw) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(raw));
            Body body = new Body();
            collect(message, body, 0);
            String text = body.plain != null ? body.plain : body.html != null ? htmlToText(body.html) : "";
            InternetAddress sender = senderOf(message);
            return new ParsedMail(message.getMessageID(), sender == null ? null : sender.getAddress(),
                    sender == null ? null : blankToNull(sender.getPersonal()), decoded(message.getSubject()),
                    text, ids(message.getHeader("In-Reply-To")), ids(message.getHeader("References")),
                    body.attachments, raw, automatic(message));
        } catch (MessagingException | IOException | RuntimeException e) {
            throw new UnparsableMail("The mail cannot be read: " + e.getMessage(), e);
        }
    }

    /** The text a reader of the HTML sees, paragraphs and line breaks kept. */
    public static String htmlToText(String html) {
        org.jsoup.nodes.Document document = Jsoup.parse(html);
        document.select("br").after("\\n");
        document.select("p, div, li, tr, h1, h2, h3, h4, h5, h6").before("\\n");
        String text = document.text().replace("\\n", "\n");
        return text.lines().map(String::strip).reduce((a, b) -> a + "\n" + b).orElse("").strip();
    }

    /** RFC 3834's marks of mail written by a machine, the common older ones, and delivery reports (bounces). */
    private static boolean automatic(MimeMessage message) throws MessagingException {
        String submitted = message.getHeader("Auto-Submitted", null);
        String precedence = message.getHeader("Precedence", null);
        return submitted != null && !submitted.strip().toLowerCase(Locale.ROOT).startsWith("no")
                || precedence != null && List.of("bulk", "junk", "list", "auto_reply")
                        .contains(precedence.strip().toLowerCase(Locale.ROOT))
                || message.getHeader("X-Autoreply") != null || message.getHeader("X-Autorespond") != null
                || message.isMimeType("multipart/report");
    }

    /** From, else Sender; a header that does not parse as an address counts as none. */
    private static InternetAddress senderOf(MimeMessage message) {
        try {
            jakarta.mail.Address[] from = message.getFrom();
            if (from != null && from.length > 0 && from[0] instanceof InternetAddress address) {
                address.validate();
                return address;
            }
        } catch (MessagingException e) {
            return null;
        }
        return null;
    }

    private static void collect(Part part, Body body, int depth) throws MessagingException, IOException {
        if (depth > MAX_DEPTH) {
            return;
        }
        String fileName = part.getFileName() == null ? null : decoded(part.getFileName());
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, body, depth + 1);
            }
        } else if (fileName == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                && part.isMimeType("text/plain") && body.plain == null) {
            body.plain = String.valueOf(part.getContent()).replace("\r\n", "\n").strip();
        } else if (fileName == null && !Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())
                && part.isMimeType("text/html") && body.html == null) {
            body.html = String.valueOf(part.getContent());
        } else if (fileName != null || Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            body.attachments.add(new ParsedMail.Attachment(fileName == null ? "attachment" : fileName,
                    baseType(part.getContentType()), part.getInputStream().readAllBytes()));
        }
    }

    private static String baseType(String contentType) {
        if (contentType == null) {
            return "application/octet-stream";
        }
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static List<String> ids(String[] headers) {
        List<String> ids = new ArrayList<>();
        if (headers != null) {
            Arrays.stream(headers).flatMap(header -> Arrays.stream(header.split("[\\s,]+")))
                    .map(String::strip).filter(id -> !id.isEmpty()).forEach(ids::add);
        }
        return ids;
    }

    private static String decoded(String value) throws UnsupportedEncodingException {
        return value == null ? null : MimeUtility.decodeText(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether the text is one plain address ({@code ada@example.com}), as RFC 5322 allows it. */
    public static boolean isAddress(String value) {
        if (value == null || value.isBlank() || !value.contains("@")) {
            return false;
        }
        try {
            new InternetAddress(value.strip(), true).validate();
            return !value.contains("<");
        } catch (AddressException e) {
            return false;
        }
    }

    private static final class Body {
        private String plain;
        private String html;
        private final List<ParsedMail.Attachment> attachments = new ArrayList<>();
    }
}
