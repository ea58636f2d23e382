package dev.helpdesk.customer.email.intake;

import dev.helpdesk.customer.email.api.ReceiveEmail;
import dev.helpdesk.eventsourcing.MessageMetadata;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.search.FlagTerm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Reads the support mailbox over IMAP ({@code helpdesk.email.imap.*}), every {@code poll-interval}: each
 * message not yet flagged \Seen is fetched without setting the flag ({@code mail.imap.peek}), handed to the
 * {@link MailIntake}, and flagged \Seen only once it was taken, found a duplicate, parked or rejected; a
 * message whose intake failed (MongoDB or Kafka away) stays unseen and is read again at the next poll.
 * Several instances may read the same mailbox: the intake takes each mail once by its Message-ID.
 */
@Component
public class ImapMailboxReader implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImapMailboxReader.class);

    private final MailIntake intake;
    private final EmailSettings settings;
    private ScheduledExecutorService scheduler;

    ImapMailboxReader(MailIntake intake, EmailSettings settings) {
        this.intake = intake;
        this.settings = settings;
    }

    /** Reads the folder once; answers how many messages were dealt with (and flagged). */
    public synchronized int pollOnce() {
        EmailSettings.Imap imap = settings.imap();
        String protocol = imap.tls() ? "imaps" : "imap";
        Properties properties = new Properties();
        properties.put("mail." + protocol + ".peek", "true");
        properties.put("mail." + protocol + ".connectiontimeout", "5000");
        properties.put("mail." + protocol + ".timeout", "30000");
        int handled = 0;
        try (Store store = Session.getInstance(properties).getStore(protocol)) {
            store.connect(imap.host(), imap.port(), imap.user(), imap.password());
            Folder folder = store.getFolder(imap.folder());
            folder.open(Folder.READ_WRITE);
            try {
                for (Message message : folder.search(new FlagTerm(new Flags(Flags.Flag.SEEN), false))) {
                    if (take(message)) {
                        message.setFlag(Flags.Flag.SEEN, true);
                        handled++;
                    }
                }
            } finally {
                folder.close(false);
            }
        } catch (MessagingException e) {
            log.warn("The support mailbox {}@{}:{} could not be read: {}", imap.user(), imap.host(), imap.port(),
                    e.getMessage());
        }
        return handled;
    }

    private boolean take(Message message) {
        try {
            ByteArrayOutputStream raw = new ByteArrayOutputStream();
            message.writeTo(raw);
            MailReceipt receipt = intake.takeRaw(raw.toByteArray(), ReceiveEmail.VIA_IMAP, settings.readerAccount(),
                    Map.of(MessageMetadata.ACTOR_ID, settings.readerAccount()));
            log.debug("Mail {}: {}", receipt.mailId(), receipt.outcome());
            return true;
        } catch (IOException | MessagingException | RuntimeException e) {
            log.warn("A mail of the support mailbox was not taken and stays unseen: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public synchronized void start() {
        if (!settings.imap().enabled()) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "imap-mailbox-reader");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.imap().pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::pollQuietly, every, every, TimeUnit.MILLISECONDS);
    }

    private void pollQuietly() {
        try {
            pollOnce();
        } catch (RuntimeException e) {
            log.warn("Reading the support mailbox failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        // start after the Axon processors and the Kafka bindings, stop before them
        return Integer.MAX_VALUE - 100;
    }
}
