package dev.helpdesk.customer.notification;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/** Reads a mailbox of the test mail server over IMAP, as a mail client would: address as user and password. */
final class Mailboxes {

    /** One mail as received, read out before the folder closes. */
    record Received(String from, String subject, String body, String messageId, String inReplyTo, String references) {
    }

    private final int imapPort;

    Mailboxes(int imapPort) {
        this.imapPort = imapPort;
    }

    /** Every mail in the address's inbox; none while its mailbox does not exist yet. */
    List<Received> inbox(String address) {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            try {
                store.connect("127.0.0.1", imapPort, address, address);
            } catch (AuthenticationFailedException e) {
                return List.of(); // GreenMail creates the mailbox with the first mail to it
            }
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Received> mails = new ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    MimeMessage mime = (MimeMessage) message;
                    mails.add(new Received(mime.getFrom()[0].toString(), mime.getSubject(),
                            mime.getContent().toString(), mime.getMessageID(), mime.getHeader("In-Reply-To", ","),
                            mime.getHeader("References", ",")));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        } catch (MessagingException e) {
            throw new IllegalStateException("Cannot read the inbox of " + address, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The mails of one ticket: its number is in each subject. */
    List<Received> ofTicket(String address, String number) {
        return inbox(address).stream().filter(mail -> mail.subject().startsWith("[" + number + "]")).toList();
    }
}
