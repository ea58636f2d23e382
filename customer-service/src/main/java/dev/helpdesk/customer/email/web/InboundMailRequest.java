package dev.helpdesk.customer.email.web;

import java.util.List;

/**
 * The JSON a mail provider posts to {@code POST /api/v1/channels/email/inbound} (D85): {@code from} is an
 * address ({@code ada@example.com}) or a mailbox ({@code Ada Lovelace <ada@example.com>}); {@code text}
 * the plain-text body, or {@code html} when that is all there is; {@code inReplyTo} and {@code references}
 * the threading headers' Message-IDs; each attachment's {@code content} base64 (RFC 4648).
 */
record InboundMailRequest(String from, String fromName, List<String> to, String subject, String messageId,
        String inReplyTo, List<String> references, String text, String html, List<Attachment> attachments) {

    record Attachment(String fileName, String contentType, String content) {
    }
}
