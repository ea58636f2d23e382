package dev.helpdesk.customer.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends the outbox's entries over SMTP (D62): every {@code poll-interval} it claims the entries that
 * are due, one at a time, renders each in its recipient's language, sends it with its fixed
 * Message-ID and marks it sent. A failed attempt is retried with exponential back-off; after
 * {@code max-attempts} the entry is FAILED, counted and logged as an error, and listed by
 * {@code GET /api/v1/notifications?status=FAILED}. Claims are conditional updates, so several
 * instances share the outbox without sending an entry twice at the same time.
 */
public class NotificationSender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(NotificationSender.class);
    /** Sends per round at most, so that a stop request is noticed between rounds. */
    private static final int ROUND = 100;

    private final NotificationOutbox outbox;
    private final Recipients recipients;
    private final MailTemplates templates;
    private final MailThreading threading;
    private final JavaMailSender mail;
    private final NotificationSettings settings;
    private final NotificationMetrics metrics;
    private final Clock clock;
    /** This instance's name on its claims. */
    private final String sender = "sender-" + UUID.randomUUID();
    private ScheduledExecutorService scheduler;

    NotificationSender(NotificationOutbox outbox, Recipients recipients, MailTemplates templates,
            MailThreading threading, JavaMailSender mail, NotificationSettings settings, NotificationMetrics metrics,
            Clock clock) {
        this.outbox = outbox;
        this.recipients = recipients;
        this.templates = templates;
        this.threading = threading;
        this.mail = mail;
        this.settings = settings;
        this.metrics = metrics;
        this.clock = clock;
    }

    /** Sends every entry that is due now; returns how many it attempted. */
    int sendDue() {
        int attempted = 0;
        while (attempted < ROUND) {
            Instant now = clock.instant();
            Optional<Notification> claimed = outbox.claimNext(sender, now, now.plus(settings.claimDuration()));
            if (claimed.isEmpty()) {
                break;
            }
            attempt(claimed.get());
            attempted++;
        }
        return attempted;
    }

    private void attempt(Notification notification) {
        try {
            Recipients.Recipient recipient = recipients.of(notification);
            mail.send(message(notification, recipient));
            // The at-least-once window: a crash here, after the SMTP server took the mail, sends it again
            // once the claim runs out (D62).
            outbox.sent(notification, sender, recipient.address(), clock.instant());
            metrics.sent();
            log.info("Sent {} of ticket {} to {} ({})", notification.kind(), notification.number(),
                    recipient.address(), notification.messageId());
        } catch (RuntimeException | MessagingException e) {
            String reason = NestedExceptionUtils.getMostSpecificCause(e).toString();
            if (notification.attempts() >= settings.maxAttempts()) {
                outbox.failed(notification, sender, reason);
                metrics.failed();
                log.error("Gave up on notification {} ({} of ticket {}) after {} attempts: {}", notification.id(),
                        notification.kind(), notification.number(), notification.attempts(), reason);
            } else {
                Instant next = clock.instant().plus(settings.backoffAfter(notification.attempts()));
                outbox.retryLater(notification, sender, reason, next);
                metrics.retried();
                log.warn("Notification {} ({} of ticket {}) failed, attempt {} of {}; next at {}: {}",
                        notification.id(), notification.kind(), notification.number(), notification.attempts(),
                        settings.maxAttempts(), next, reason);
            }
        }
    }

    private MimeMessage message(Notification notification, Recipients.Recipient recipient) throws MessagingException {
        MailTemplates.Mail rendered = templates.render(notification.kind(), recipient.locale(), notification.number(),
                notification.ticketSubject(), notification.details());
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(recipient.address());
        helper.setSubject(rendered.subject());
        helper.setText(rendered.body());
        // kept by the sender: Spring restores a Message-ID set before it saves the message
        message.setHeader("Message-ID", notification.messageId());
        if (notification.kind() != NotificationKind.RECEIVED) {
            String root = threading.rootOf(notification.ticketId());
            message.setHeader("In-Reply-To", root);
            message.setHeader("References", root);
        }
        message.setHeader("X-Helpdesk-Ticket", notification.number());
        // no out-of-office replies and the like to machine mail
        message.setHeader("Auto-Submitted", "auto-generated");
        return message;
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "notification-sender");
            thread.setDaemon(true);
            return thread;
        });
        long interval = settings.pollInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::sendDueLogged, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void sendDueLogged() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // MongoDB unreachable and the like: the next round tries again
            log.warn("Sending notifications failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdown();
            try {
                // a send under way finishes (or times out), so its entry is marked before we stop
                scheduler.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
