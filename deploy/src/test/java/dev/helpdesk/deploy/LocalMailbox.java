package dev.helpdesk.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import java.util.UUID;

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
}
