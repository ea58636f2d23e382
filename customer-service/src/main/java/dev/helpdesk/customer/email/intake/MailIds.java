package dev.helpdesk.customer.email.intake;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A mail's id: {@code email-} and the SHA-256 of its Message-ID (trimmed, as written), or of its content
 * when it has none, so the same mail always has the same id, whoever reads it and however often. Hex
 * behind a prefix can meet neither a customer's UUID nor an alert's fingerprint in the event store.
 */
public final class MailIds {

    public static final String PREFIX = "email-";

    private MailIds() {
    }

    public static String of(String messageId, byte[] content) {
        byte[] key = messageId != null && !messageId.isBlank()
                ? ("message-id:" + messageId.strip()).getBytes(StandardCharsets.UTF_8) : content;
        try {
            return PREFIX + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    /** The ticket a mail opens when it is no reply: the same mail, the same ticket. */
    public static String ticketIdOf(String mailId) {
        return UUID.nameUUIDFromBytes(("inbound-mail:" + mailId).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
