package dev.helpdesk.deploy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.util.concurrent.CountDownLatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The local mail server of the platform (GreenMail): SMTP and IMAP on the loopback interface, in a
 * JVM of its own, mailboxes in memory. A mailbox is created by the first mail to its address, and
 * logs in over IMAP with its address as both user and password (GreenMail's default, relied on by
 * the demo); the support mailbox exists from the start, so it can be read before anything arrived.
 *
 * <p>Usage: {@code MailNode --smtp-port=<port> --imap-port=<port>}.
 */
public final class MailNode {

    /** Where customers write to and where notifications come from (DESIGN.md section 7). */
    public static final String SUPPORT_ADDRESS = "support@helpdesk.local";

    private static final Logger log = LoggerFactory.getLogger(MailNode.class);

    private MailNode() {
    }

    public static void main(String[] args) throws InterruptedException {
        Options options = Options.parse(args);
        int smtpPort = options.port("smtp-port", PlatformPorts.DEFAULT_SMTP);
        int imapPort = options.port("imap-port", PlatformPorts.DEFAULT_IMAP);

        GreenMail mail = start(smtpPort, imapPort);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("stopping");
            mail.stop();
            stopped.countDown();
        }, "mail-node-shutdown"));
        log.info("SMTP on 127.0.0.1:{}, IMAP on 127.0.0.1:{}, mailbox {} ready (mail is kept in memory)",
                smtpPort, imapPort, SUPPORT_ADDRESS);
        stopped.await();
    }

    /** Starts SMTP and IMAP with the support mailbox; the caller stops it. */
    static GreenMail start(int smtpPort, int imapPort) {
        GreenMail mail = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
        mail.setUser(SUPPORT_ADDRESS, SUPPORT_ADDRESS, SUPPORT_ADDRESS);
        return mail;
    }
}
