package dev.helpdesk.customer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The sender against a real MongoDB-wire server and a real SMTP server that is down, comes back, or
 * never does: failed sends are retried with back-off and then reported, never lost; two senders
 * never send one notification twice; a crashed sender's claim is taken over.
 */
class NotificationSenderIntegrationTest {

    private static final Duration SOON = Duration.ofSeconds(20);

    private final MongoServer mongoServer = new MongoServer(new MemoryBackend());
    private MongoClient client;
    private NotificationOutbox outbox;
    private int smtpPort;
    private int imapPort;
    private GreenMail mail;

    @BeforeEach
    void start() throws IOException {
        var address = mongoServer.bind();
        client = MongoClients.create("mongodb://" + address.getHostString() + ":" + address.getPort());
        outbox = new NotificationOutbox(client.getDatabase("customer-service"));
        outbox.afterSingletonsInstantiated();
        try (ServerSocket first = new ServerSocket(0); ServerSocket second = new ServerSocket(0)) {
            smtpPort = first.getLocalPort();
            imapPort = second.getLocalPort();
        }
    }

    @AfterEach
    void stop() {
        if (mail != null) {
            mail.stop();
        }
        client.close();
        mongoServer.shutdownNow();
    }

    private void startMailServer() {
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)});
        mail.start();
    }

    private static NotificationSettings settings(int maxAttempts, Duration claim) {
        return settings(maxAttempts, claim, Duration.ofMillis(100));
    }

    private static NotificationSettings settings(int maxAttempts, Duration claim, Duration backoff) {
        return new NotificationSettings(true, "support@helpdesk.local", "{id}@helpdesk.local", "en", "helpdesk.local",
                "http://localhost:8080", Duration.ofMillis(100), maxAttempts, backoff,
                backoff.multipliedBy(4), claim, Duration.ofDays(1),
                new NotificationSettings.Survey("a-test-secret-of-enough-length",
                        Duration.ofDays(1)));
    }

    private NotificationSender sender(NotificationSettings settings, MeterRegistry meters) {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(smtpPort);
        smtp.getJavaMailProperties().put("mail.smtp.connectiontimeout", "2000");
        smtp.getJavaMailProperties().put("mail.smtp.timeout", "2000");
        MailThreading threading = new MailThreading(settings.messageIdDomain());
        // staff notifications only: the customer directory is not needed
        return new NotificationSender(outbox, new Recipients(null, settings), new MailTemplates(), threading, smtp,
                settings, new NotificationMetrics(meters), Clock.systemUTC());
    }

    private Notification assignment(String agentId) {
        return assignmentDueAt(agentId, Instant.now());
    }

    private Notification assignmentDueAt(String agentId, Instant due) {
        TicketFacts ticket = new TicketFacts(UUID.randomUUID().toString(), "HD-000042", "Laptop will not boot",
                "c0000000-0000-4000-8000-000000000001");
        String eventId = UUID.randomUUID().toString();
        Notification notification = Notification.toSend(eventId, "helpdesk.ticket.assigned.v1", ticket,
                NotificationKind.ASSIGNED, agentId, Map.of(),
                new MailThreading("helpdesk.local").messageIdOf(NotificationKind.ASSIGNED, ticket.ticketId(),
                        eventId + ":ASSIGNED"), due);
        assertThat(outbox.add(notification)).isTrue();
        assertThat(outbox.add(notification)).as("the same event and kind again").isFalse();
        return notification;
    }

    private Notification stored(Notification notification) {
        return outbox.list(notification.ticketId(), null, 0, 10).items().get(0);
    }

    private static double count(MeterRegistry meters, String outcome) {
        return meters.counter(NotificationMetrics.NOTIFICATIONS, "outcome", outcome).count();
    }

    @Test
    void anErasedRecipientsAddressesLeaveTheRecordOfWhatWasSentAndNobodyElses() {
        startMailServer();
        NotificationSender sender = sender(settings(5, Duration.ofMinutes(1), Duration.ofSeconds(2)),
                new SimpleMeterRegistry());
        Notification erased = assignment("agent-erased");
        Notification kept = assignment("agent-kept");
        await().atMost(SOON).until(() -> {
            sender.sendDue();
            return stored(erased).status() == Notification.Status.SENT
                    && stored(kept).status() == Notification.Status.SENT;
        });

        outbox.forget("agent-erased");
        outbox.forget("agent-erased"); // again, as the request and the directory's handler both may

        assertThat(stored(erased).address()).isNull();
        assertThat(stored(erased).status()).as("what happened stays on record").isEqualTo(Notification.Status.SENT);
        assertThat(stored(kept).address()).isEqualTo("agent-kept@helpdesk.local");
    }

    @Test
    void aSendThatFailsWhileTheMailServerIsDownIsRetriedAndDeliveredOnceItIsBack() {
        MeterRegistry meters = new SimpleMeterRegistry();
        NotificationSender sender = sender(settings(5, Duration.ofMinutes(1), Duration.ofSeconds(2)), meters);
        Notification notification = assignment("agent-kim");

        assertThat(sender.sendDue()).isEqualTo(1);
        Notification failedOnce = stored(notification);
        assertThat(failedOnce.status()).isEqualTo(Notification.Status.PENDING);
        assertThat(failedOnce.attempts()).isEqualTo(1);
        assertThat(failedOnce.lastError()).isNotBlank();
        assertThat(failedOnce.nextAttemptAt()).isAfter(failedOnce.createdAt());
        assertThat(sender.sendDue()).as("not before its back-off is over").isZero();

        startMailServer();
        await().atMost(SOON).until(() -> {
            sender.sendDue();
            return stored(notification).status() == Notification.Status.SENT;
        });

        Notification sent = stored(notification);
        assertThat(sent.address()).isEqualTo("agent-kim@helpdesk.local");
        assertThat(sent.attempts()).isEqualTo(2);
        assertThat(sent.lastError()).isNull();
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(count(meters, "retried")).isEqualTo(1);
        assertThat(count(meters, "sent")).isEqualTo(1);
    }

    @Test
    void aSendThatKeepsFailingIsRetriedWithBackOffThenMarkedFailedAndReported() {
        MeterRegistry meters = new SimpleMeterRegistry();
        NotificationSender sender = sender(settings(3, Duration.ofMinutes(1)), meters);
        Notification notification = assignment("agent-kim");

        await().atMost(SOON).until(() -> {
            sender.sendDue();
            return stored(notification).status() == Notification.Status.FAILED;
        });

        Notification failed = stored(notification);
        assertThat(failed.attempts()).isEqualTo(3);
        assertThat(failed.lastError()).containsIgnoringCase("connect");
        assertThat(failed.sentAt()).isNull();
        assertThat(count(meters, "retried")).isEqualTo(2);
        assertThat(count(meters, "failed")).isEqualTo(1);
        assertThat(outbox.list(null, Notification.Status.FAILED, 0, 10).items()).extracting(Notification::id)
                .containsExactly(notification.id());
        sender.sendDue();
        assertThat(stored(notification).attempts()).as("a failed notification is not tried again").isEqualTo(3);
    }

    @Test
    void twoSendersOnOneOutboxSendEveryNotificationOnce() {
        startMailServer();
        NotificationSettings settings = settings(3, Duration.ofMinutes(1));
        NotificationSender first = sender(settings, new SimpleMeterRegistry());
        NotificationSender second = sender(settings, new SimpleMeterRegistry());
        List<Notification> notifications = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            notifications.add(assignment("agent-" + i));
        }

        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(first::sendDue);
        CompletableFuture<Integer> other = CompletableFuture.supplyAsync(second::sendDue);

        assertThat(one.join() + other.join()).isEqualTo(20);
        assertThat(mail.getReceivedMessages()).hasSize(20);
        assertThat(outbox.list(null, Notification.Status.SENT, 0, 100).total()).isEqualTo(20);
        assertThat(outbox.list(null, Notification.Status.SENT, 0, 100).items())
                .allSatisfy(sent -> assertThat(sent.attempts()).isEqualTo(1));
    }

    @Test
    void aClaimThatRanOutIsTakenFirstThenThePendingOnesEarliestFirstAndNoneBeforeItIsDue() {
        Instant now = Instant.now();
        Notification abandoned = assignmentDueAt("agent-abandoned", now.minusSeconds(5));
        assertThat(outbox.claimNext("a-sender-that-died", now, now.minusSeconds(1))).map(Notification::id)
                .contains(abandoned.id());
        Notification later = assignmentDueAt("agent-later", now.minusSeconds(10));
        Notification earliest = assignmentDueAt("agent-earliest", now.minusSeconds(30));
        assignmentDueAt("agent-not-yet", now.plusSeconds(60));

        List<String> claimed = new ArrayList<>();
        for (Optional<Notification> next = outbox.claimNext("sender", now, now.plusSeconds(60)); next.isPresent();
                next = outbox.claimNext("sender", now, now.plusSeconds(60))) {
            claimed.add(next.get().id());
        }

        assertThat(claimed).containsExactly(abandoned.id(), earliest.id(), later.id());
        assertThat(stored(abandoned).attempts()).isEqualTo(2);
    }

    @Test
    void theClaimOfASenderThatDiedIsTakenOverOnceItRunsOut() {
        startMailServer();
        NotificationSender sender = sender(settings(3, Duration.ofMinutes(1)), new SimpleMeterRegistry());
        Notification notification = assignment("agent-kim");
        Instant now = Instant.now();
        assertThat(outbox.claimNext("a-sender-that-dies", now, now.plusSeconds(2))).isPresent();

        assertThat(sender.sendDue()).as("claimed by another sender").isZero();
        await().atMost(SOON).until(() -> sender.sendDue() == 1);

        assertThat(stored(notification).status()).isEqualTo(Notification.Status.SENT);
        assertThat(stored(notification).attempts()).isEqualTo(2);
        assertThat(mail.getReceivedMessages()).hasSize(1);
    }
}
