package dev.helpdesk.customer.email.intake;

import java.time.Duration;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code helpdesk.email.*} (application.yml, docs/operations.md): inbound mail.
 *
 * @param unknownSenders     {@code register} (default: a new customer is registered for an unknown
 *                           sender) or {@code reject} (the mail is set aside and the sender gets a reply)
 * @param maxAttachmentSize  the largest attachment taken (10 MB); a webhook posting a larger one gets
 *                           413, a mail read over IMAP with one is parked
 * @param defaultLocale      the locale of a customer registered from a mail ({@code en})
 * @param defaultTimeZone    the time zone of a customer registered from a mail ({@code UTC})
 * @param readerAccount      who took in the mail read over IMAP ({@code receivedBy}, the tickets' opener)
 * @param imap               the support mailbox
 */
@ConfigurationProperties("helpdesk.email")
public record EmailSettings(String unknownSenders, DataSize maxAttachmentSize, String defaultLocale,
        String defaultTimeZone, String readerAccount, Imap imap) {

    public EmailSettings {
        unknownSenders = unknownSenders == null ? "register" : unknownSenders.strip().toLowerCase(Locale.ROOT);
        if (!unknownSenders.equals("register") && !unknownSenders.equals("reject")) {
            throw new IllegalArgumentException("helpdesk.email.unknown-senders must be register or reject, not "
                    + unknownSenders);
        }
        maxAttachmentSize = maxAttachmentSize == null ? DataSize.ofMegabytes(10) : maxAttachmentSize;
        defaultLocale = defaultLocale == null ? "en" : defaultLocale;
        defaultTimeZone = defaultTimeZone == null ? "UTC" : defaultTimeZone;
        readerAccount = readerAccount == null ? "email-channel" : readerAccount;
        imap = imap == null ? new Imap(false, null, 0, null, null, null, false, null) : imap;
    }

    public boolean registersUnknownSenders() {
        return unknownSenders.equals("register");
    }

    /**
     * The support mailbox read over IMAP.
     *
     * @param enabled      whether this instance reads it (off by default; the local platform turns it on)
     * @param host         the IMAP server ({@code localhost})
     * @param port         its port (3143 locally; 993 for IMAPS)
     * @param user         the login ({@code support@helpdesk.local})
     * @param password     the password (locally the address again)
     * @param folder       the folder read ({@code INBOX})
     * @param tls          IMAPS (TLS from the first byte) instead of plain IMAP
     * @param pollInterval how often the folder is read (10 s)
     */
    public record Imap(boolean enabled, String host, int port, String user, String password, String folder,
            boolean tls, Duration pollInterval) {

        public Imap {
            host = host == null ? "localhost" : host;
            port = port == 0 ? 3143 : port;
            user = user == null ? "support@helpdesk.local" : user;
            password = password == null ? user : password;
            folder = folder == null ? "INBOX" : folder;
            pollInterval = pollInterval == null ? Duration.ofSeconds(10) : pollInterval;
        }
    }
}
