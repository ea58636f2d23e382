package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;

/** Talks to the platform's mail server as any mail client would: SMTP to send, IMAP to read. */
final class LocalMailbox {

    private LocalMailbox() {
    }

    /**
     * The support mailbox exists before any mail reached it, and a mail to an address nobody set up
     * creates its mailbox, which then logs in with the address as user and password.
     */
    static void assertSupportMailboxAndMailboxesCreatedOnFirstDelivery(PlatformPorts ports) throws MessagingException {
        assertThat(inboxSize(ports.imap(), MailNode.SUPPORT_ADDRESS)).isZero();

        String someone = "someone-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        Session session = Session.getInstance(new Properties());
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(MailNode.SUPPORT_ADDRESS));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(someone));
        mail.setSubject("[HD-000001] Hello");
        mail.setText("first mail");
        try (Transport smtp = session.getTransport("smtp")) {
            smtp.connect("127.0.0.1", ports.smtp(), null, null);
            smtp.sendMessage(mail, mail.getAllRecipients());
        }
        assertThat(inboxSize(ports.imap(), someone)).isEqualTo(1);
    }

    private static int inboxSize(int imapPort, String address) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", imapPort, address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                return inbox.getMessageCount();
            } finally {
                inbox.close(false);
            }
        }
    }

    /** Sends a plain-text mail over SMTP, as a reply to {@code inReplyTo} when that is not null. */
    static void send(int smtpPort, String from, String to, String subject, String text, String inReplyTo)
            throws MessagingException {
        Session session = Session.getInstance(new Properties());
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(from));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
        mail.setSubject(subject, "UTF-8");
        mail.setText(text, "UTF-8");
        if (inReplyTo != null) {
            mail.setHeader("In-Reply-To", inReplyTo);
            mail.setHeader("References", inReplyTo);
        }
        try (Transport smtp = session.getTransport("smtp")) {
            smtp.connect("127.0.0.1", smtpPort, null, null);
            smtp.sendMessage(mail, mail.getAllRecipients());
        }
    }

    /**
     * A mail in the address's inbox that {@code wanted} accepts, as subject and Message-ID, within the
     * time; also while the address has no mailbox yet.
     */
    static Optional<Received> await(int imapPort, String address, Predicate<Received> wanted, Duration within)
            throws MessagingException, InterruptedException {
        Instant deadline = Instant.now().plus(within);
        do {
            try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
                store.connect("127.0.0.1", imapPort, address, address);
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                try {
                    for (Message message : inbox.getMessages()) {
                        String[] ids = message.getHeader("Message-ID");
                        Received received = new Received(message.getSubject(), ids == null ? null : ids[0]);
                        if (wanted.test(received)) {
                            return Optional.of(received);
                        }
                    }
                } finally {
                    inbox.close(false);
                }
            } catch (AuthenticationFailedException noMailboxYet) {
                // the mail server makes a mailbox on its first delivery: nothing has arrived yet
            }
            Thread.sleep(500);
        } while (Instant.now().isBefore(deadline));
        return Optional.empty();
    }

    /** What a test reads of a received mail. */
    record Received(String subject, String messageId) {
    }
}
