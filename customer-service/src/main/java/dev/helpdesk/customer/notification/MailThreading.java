package dev.helpdesk.customer.notification;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Message-IDs of the notifications (D63). The ticket-received mail is the thread's root,
 * {@code <hd.<ticketId>@<domain>>}; every later one is {@code <hd.<ticketId>.<uuid>@<domain>>} (the
 * uuid derived from the outbox entry, so a retry carries the same id) and names the root in
 * {@code In-Reply-To} and {@code References}, so mail clients show one thread per ticket. A reply
 * to any of them names one of these ids, from which {@link #ticketIdOf} reads the ticket back.
 */
public final class MailThreading {

    private static final String AN_ID = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}";
    private static final Pattern OURS = Pattern.compile("<?hd\\.(" + AN_ID + ")(\\.[^@]+)?@([^>]+)>?");

    private final String domain;

    public MailThreading(String domain) {
        this.domain = domain;
    }

    /** The Message-ID of the ticket's first notification, which every later one refers to. */
    public String rootOf(String ticketId) {
        return "<hd." + ticketId + "@" + domain + ">";
    }

    String messageIdOf(NotificationKind kind, String ticketId, String entryId) {
        if (kind == NotificationKind.RECEIVED) {
            return rootOf(ticketId);
        }
        UUID unique = UUID.nameUUIDFromBytes(entryId.getBytes(StandardCharsets.UTF_8));
        return "<hd." + ticketId + "." + unique + "@" + domain + ">";
    }

    /** The ticket a Message-ID of ours (as found in In-Reply-To or References) belongs to. */
    public Optional<String> ticketIdOf(String messageId) {
        if (messageId == null) {
            return Optional.empty();
        }
        Matcher matcher = OURS.matcher(messageId.strip());
        return matcher.matches() && matcher.group(3).equalsIgnoreCase(domain)
                ? Optional.of(matcher.group(1).toLowerCase(java.util.Locale.ROOT)) : Optional.empty();
    }
}
