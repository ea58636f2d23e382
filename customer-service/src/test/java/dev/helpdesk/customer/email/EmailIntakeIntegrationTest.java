package dev.helpdesk.customer.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.email.EmailEventTypes;
import dev.helpdesk.contracts.email.EmailReceived;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.customer.CustomerServiceApplication;
import dev.helpdesk.customer.email.intake.MailIds;
import dev.helpdesk.customer.notification.NotificationTickets;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicProbe;
import dev.helpdesk.testsupport.TopicReader;
import io.cloudevents.CloudEvent;
import jakarta.activation.DataHandler;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Issue 6 item 3 end to end: real mail sent over SMTP to a real mail server (GreenMail), read by the
 * customer service over IMAP from the support mailbox, and published as {@code helpdesk.email.received.v1}
 * on a real Kafka broker; the webhook for the same; the customer service on a real MongoDB-wire server.
 * The service runs as a context of its own, so the restart test can stop it and start another on the
 * same mailbox, database and broker.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EmailIntakeIntegrationTest {

    private static final String SUPPORT = "support@helpdesk.local";
    private static final String DANA = "c0000000-0000-4000-8000-000000000001";
    private static final String JONAS = "c0000000-0000-4000-8000-000000000002";
    private static final Duration SOON = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final Map<String, String> RAW = Map.of("Content-Type", "message/rfc822");

    private static MongoServer mongo;
    private static EmbeddedKafkaKraftBroker kafka;
    private static GreenMail mail;
    private static TestIssuer issuer;
    private static TopicProbe topics;
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void startInfrastructureAndService() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        mail.setUser(SUPPORT, SUPPORT, SUPPORT);
        issuer = new TestIssuer();
        topics = new TopicProbe(kafka.getBrokersAsString());
        service = startService("register");
    }

    @AfterAll
    static void stopEverything() {
        if (service != null) {
            service.close();
        }
        topics.close();
        mail.stop();
        kafka.destroy();
        mongo.shutdownNow();
        issuer.close();
    }

    private static ConfigurableApplicationContext startService(String unknownSenders) {
        return new SpringApplicationBuilder(CustomerServiceApplication.class).run(
                "--server.port=0",
                "--spring.mongodb.host=127.0.0.1",
                "--spring.mongodb.port=" + mongo.getLocalAddress().getPort(),
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--helpdesk.security.issuer=" + issuer.issuer(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--helpdesk.email.imap.enabled=true",
                "--helpdesk.email.imap.host=127.0.0.1",
                "--helpdesk.email.imap.port=" + mail.getImap().getPort(),
                "--helpdesk.email.imap.poll-interval=200ms",
                "--helpdesk.email.max-attachment-size=64KB",
                "--helpdesk.email.unknown-senders=" + unknownSenders);
    }

    private static HttpProbe http() {
        return HttpProbe.onLocalPort(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

    // ---- sending and reading mail ----

    /** A mail to the support address; its Message-ID is ours to choose, so the test knows the mail's id. */
    private static final class Mail {
        private final MimeMessage message;
        private final String messageId = "<" + UUID.randomUUID() + "@mail.example.com>";
        private final List<MimeBodyPart> parts = new ArrayList<>();
        private String text;
        private String html;

        Mail(String from, String subject) throws MessagingException {
            message = new MimeMessage(Session.getInstance(new Properties())) {
                @Override
                protected void updateMessageID() throws MessagingException {
                    setHeader("Message-ID", messageId);
                }
            };
            if (from != null) {
                message.setFrom(new InternetAddress(from));
            }
            message.setRecipients(Message.RecipientType.TO, SUPPORT);
            message.setSubject(subject, "UTF-8");
        }

        Mail text(String body) {
            text = body;
            return this;
        }

        Mail html(String body) {
            html = body;
            return this;
        }

        Mail header(String name, String value) throws MessagingException {
            message.setHeader(name, value);
            return this;
        }

        Mail attach(String fileName, String type, byte[] data) throws MessagingException {
            MimeBodyPart part = new MimeBodyPart();
            part.setDataHandler(new DataHandler(new ByteArrayDataSource(data, type)));
            part.setFileName(fileName);
            part.setDisposition(MimeBodyPart.ATTACHMENT);
            parts.add(part);
            return this;
        }

        String mailId() {
            return MailIds.of(messageId, null);
        }

        MimeMessage build() throws MessagingException {
            MimeBodyPart body = new MimeBodyPart();
            if (html != null) {
                body.setText(html, "UTF-8", "html");
            } else {
                body.setText(text == null ? "" : text, "UTF-8");
            }
            if (parts.isEmpty()) {
                if (html != null) {
                    message.setText(html, "UTF-8", "html");
                } else {
                    message.setText(text == null ? "" : text, "UTF-8");
                }
            } else {
                MimeMultipart multipart = new MimeMultipart();
                multipart.addBodyPart(body);
                for (MimeBodyPart part : parts) {
                    multipart.addBodyPart(part);
                }
                message.setContent(multipart);
            }
            message.saveChanges();
            return message;
        }

        /** Sent over SMTP, the envelope's sender the From (or a bounce address when there is none). */
        Mail send() throws MessagingException {
            MimeMessage built = build();
            Properties properties = new Properties();
            properties.put("mail.smtp.host", "127.0.0.1");
            properties.put("mail.smtp.port", String.valueOf(mail.getSmtp().getPort()));
            properties.put("mail.smtp.from", "bounces@mail.example.com");
            Session session = Session.getInstance(properties);
            try (Transport transport = session.getTransport("smtp")) {
                transport.connect();
                transport.sendMessage(built, new InternetAddress[] {new InternetAddress(SUPPORT)});
            }
            return this;
        }

        byte[] raw() throws MessagingException, IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            build().writeTo(out);
            return out.toByteArray();
        }
    }

    private static List<CloudEvent> published(String mailId, int expected, Duration patience) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(kafka.getBrokersAsString(),
                Topics.CHANNELS, mailId, found -> found.size() >= expected, patience);
        return records.stream().map(record -> CODEC.decode(record.value())).toList();
    }

    private static EmailReceived receivedOnce(String mailId) {
        List<CloudEvent> events = published(mailId, 1, SOON);
        assertThat(events.stream().map(CloudEvent::getId).distinct()).as("one event for the mail").hasSize(1);
        assertThat(events.get(0).getType()).isEqualTo(EmailEventTypes.RECEIVED);
        assertThat(events.get(0).getSubject()).isEqualTo(mailId);
        return CODEC.dataOf(events.get(0), EmailReceived.class);
    }

    /**
     * One stored event for the mail, and whatever reached the topic is that event (publishing is at least
     * once: when two instances hand the publisher's segment over, a record may go out twice with the same
     * CloudEvent id, which consumers ignore).
     */
    private static void assertTakenOnce(String mailId) {
        EventStore events = service.getBean(EventStore.class);
        assertThat(events.readEvents(mailId).asStream().count()).as("stored events of %s", mailId).isEqualTo(1);
        assertThat(published(mailId, 2, Duration.ofSeconds(2)).stream().map(CloudEvent::getId).distinct())
                .as("published events of %s", mailId).hasSize(1);
    }

    /** The support mailbox's messages, as (Message-ID, seen) pairs. */
    private static Map<String, Boolean> supportMailbox() throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), SUPPORT, SUPPORT);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                Map<String, Boolean> seen = new java.util.HashMap<>();
                for (Message message : inbox.getMessages()) {
                    String[] ids = message.getHeader("Message-ID");
                    seen.put(ids == null ? "" : ids[0], message.isSet(Flags.Flag.SEEN));
                }
                return seen;
            } finally {
                inbox.close(false);
            }
        }
    }

    private static void markUnseen(String messageId) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            store.connect("127.0.0.1", mail.getImap().getPort(), SUPPORT, SUPPORT);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            for (Message message : inbox.getMessages()) {
                String[] ids = message.getHeader("Message-ID");
                if (ids != null && ids[0].equals(messageId)) {
                    message.setFlag(Flags.Flag.SEEN, false);
                }
            }
            inbox.close(false);
        }
    }

    private static void awaitSeen(String messageId) {
        await().atMost(SOON).pollInterval(Duration.ofMillis(200))
                .until(() -> Boolean.TRUE.equals(supportMailbox().get(messageId)));
    }

    // ---- the tests ----

    @Test
    @Order(1)
    void aMailFromAKnownCustomerBecomesANewIncidentWithItsAttachmentKept() throws Exception {
        byte[] pdf = "%PDF-1.4 the printer's error log".getBytes(StandardCharsets.UTF_8);
        Mail sent = new Mail("Dana Miller <DANA.Miller@Example.com>", "Printer on floor 3 jams")
                .text("Hello,\n\nthe printer jams on every second page.\n\nDana")
                .attach("error-log.pdf", "application/pdf", pdf).send();

        EmailReceived received = receivedOnce(sent.mailId());
        assertThat(received.requesterId()).as("the address matched ignoring case").isEqualTo(DANA);
        assertThat(received.requesterRegistered()).isFalse();
        assertThat(received.replyToTicketId()).isNull();
        assertThat(UUID.fromString(received.ticketId())).isNotNull();
        assertThat(received.subject()).isEqualTo("Printer on floor 3 jams");
        assertThat(received.text()).isEqualTo("Hello,\n\nthe printer jams on every second page.\n\nDana");
        assertThat(received.messageId()).isEqualTo(sent.messageId);
        assertThat(received.via()).isEqualTo("IMAP");
        assertThat(received.receivedBy()).isEqualTo("email-channel");
        assertThat(received.attachments()).hasSize(1);
        Map<String, Object> attachment = received.attachments().get(0);
        assertThat(attachment).containsEntry("fileName", "error-log.pdf").containsEntry("contentType",
                "application/pdf").containsEntry("size", pdf.length);
        String path = (String) attachment.get("path");
        assertThat(path).isEqualTo("/api/v1/channels/email/attachments/" + attachment.get("id"));
        awaitSeen(sent.messageId);

        HttpProbe.Reply byAgent = http().get(path, issuer.agent("demo-agent"));
        assertThat(byAgent.status()).isEqualTo(200);
        assertThat(byAgent.body()).isEqualTo(new String(pdf, StandardCharsets.UTF_8));
        assertThat(byAgent.header("Content-Disposition")).contains("attachment").contains("error-log.pdf");
        assertThat(http().get(path, issuer.customer("demo-customer", DANA)).status()).isEqualTo(200);
        assertThat(http().get(path, issuer.customer("demo-customer-2", JONAS)).status())
                .as("another customer's attachment does not exist for them").isEqualTo(404);
        assertThat(http().get(path + "x", issuer.agent("demo-agent")).status()).isEqualTo(404);
        assertThat(http().get(path, null).status()).isEqualTo(401);
    }

    @Test
    @Order(2)
    void anHtmlOnlyMailIsTakenAsItsText() throws Exception {
        Mail sent = new Mail("jonas.becker@example.com", "VPN bricht ab")
                .html("<html><body><p>Hallo,</p><p>das VPN bricht <b>alle 5 Minuten</b> ab.</p></body></html>")
                .send();

        EmailReceived received = receivedOnce(sent.mailId());
        assertThat(received.requesterId()).isEqualTo(JONAS);
        assertThat(received.text()).isEqualTo("Hallo,\ndas VPN bricht alle 5 Minuten ab.");
        assertThat(received.attachments()).isEmpty();
    }

    @Test
    @Order(3)
    void aReplyNamesItsTicketByTheSubjectTagOrByTheThreadingHeaders() throws Exception {
        String ticketId = UUID.randomUUID().toString();
        String number = "HD-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        Instant now = Instant.now();
        topics.send(new ProducerRecord<>(Topics.TICKETS, ticketId, CODEC.encode(new OutgoingEvent(
                UUID.randomUUID().toString(), Sources.TICKET_SERVICE, TicketEventTypes.OPENED, ticketId, now, 1, null,
                new TicketOpened(ticketId, number, "INCIDENT", "NEW", "Printer jams", "Since this morning", DANA,
                        "EMAIL", null, "MEDIUM", "MEDIUM", "P3", List.of(), "email-channel", now)))));
        NotificationTickets known = service.getBean(NotificationTickets.class);
        await().atMost(SOON).pollInterval(Duration.ofMillis(200))
                .until(() -> known.findByNumber(number).isPresent());

        Mail tagged = new Mail("dana.miller@example.com", "RE: [" + number + "] Printer jams")
                .text("It still jams.").send();
        EmailReceived byTag = receivedOnce(tagged.mailId());
        assertThat(byTag.replyToTicketId()).isEqualTo(ticketId);
        assertThat(byTag.replyToNumber()).isEqualTo(number);

        Mail threaded = new Mail("dana.miller@example.com", "Re: your ticket")
                .header("In-Reply-To", "<hd." + ticketId + "." + UUID.randomUUID() + "@helpdesk.local>")
                .text("Thank you, it works now.").send();
        EmailReceived byHeader = receivedOnce(threaded.mailId());
        assertThat(byHeader.replyToTicketId()).isEqualTo(ticketId);
        assertThat(byHeader.replyToNumber()).isNull();

        Mail referenced = new Mail("dana.miller@example.com", "Re: something")
                .header("References", "<other@mail.example.com> <hd." + ticketId + "@helpdesk.local>")
                .text("And one more thing.").send();
        assertThat(receivedOnce(referenced.mailId()).replyToTicketId()).isEqualTo(ticketId);

        Mail unknownNumber = new Mail("dana.miller@example.com", "[HD-999999] is not a ticket here")
                .text("Hello").send();
        EmailReceived unmatched = receivedOnce(unknownNumber.mailId());
        assertThat(unmatched.replyToTicketId()).as("an unknown number opens a ticket").isNull();
        assertThat(unmatched.replyToNumber()).isEqualTo("HD-999999");
    }

    @Test
    @Order(4)
    void anUnknownSenderIsRegisteredAsACustomerAndCanBeErased() throws Exception {
        Mail sent = new Mail("Grace Hopper <grace.hopper@newcorp.example>", "Compiler crashes")
                .text("It crashes on every build.").send();

        EmailReceived received = receivedOnce(sent.mailId());
        assertThat(received.requesterRegistered()).isTrue();
        String admin = issuer.admin("demo-admin");
        await().atMost(SOON).pollInterval(Duration.ofMillis(200))
                .until(() -> http().get("/api/v1/customers/" + received.requesterId(), admin).status() == 200);
        HttpProbe.Reply customer = http().get("/api/v1/customers/" + received.requesterId(), admin);
        assertThat(customer.<String>json("$.name")).isEqualTo("Grace Hopper");
        assertThat(customer.<List<String>>json("$.emails")).containsExactly("grace.hopper@newcorp.example");
        assertThat(customer.<String>json("$.locale")).isEqualTo("en");

        Mail second = new Mail("grace.hopper@NEWCORP.example", "Also the debugger").text("It hangs.").send();
        EmailReceived again = receivedOnce(second.mailId());
        assertThat(again.requesterId()).as("registered once, then known").isEqualTo(received.requesterId());
        assertThat(again.requesterRegistered()).isFalse();

        // erased: the stored mail reads without sender, subject or text (sealed with the customer's key)
        assertThat(http().post("/api/v1/customers/" + received.requesterId() + "/erasure", admin,
                "{\"reason\":\"GDPR request 2026-17\"}").status()).isEqualTo(200);
        EventStore events = service.getBean(EventStore.class);
        Object stored = events.readEvents(sent.mailId()).next().getPayload();
        assertThat(stored).isInstanceOf(dev.helpdesk.customer.email.api.EmailReceived.class);
        dev.helpdesk.customer.email.api.EmailReceived erased = (dev.helpdesk.customer.email.api.EmailReceived) stored;
        assertThat(erased.mail().from()).isNull();
        assertThat(erased.mail().fromName()).isNull();
        assertThat(erased.mail().text()).isEmpty();
        assertThat(erased.mail().subject()).isEqualTo("(erased)");
    }

    @Test
    @Order(5)
    void mailThatCannotBeTakenIsParkedWithItsReasonAndNotReadAgain() throws Exception {
        String admin = issuer.admin("demo-admin");
        Mail noSender = new Mail(null, "Who sent this?").text("Nobody knows.").send();
        Mail tooLarge = new Mail("dana.miller@example.com", "The whole disk image")
                .text("Attached.").attach("disk.img", "application/octet-stream", new byte[65 * 1024]).send();
        Mail outOfOffice = new Mail("dana.miller@example.com", "Automatic reply: [HD-000001] Resolved")
                .header("Auto-Submitted", "auto-replied")
                .header("In-Reply-To", "<hd." + UUID.randomUUID() + "@helpdesk.local>").text("I am away.").send();
        Mail ownAddress = new Mail(SUPPORT, "Loop").text("From ourselves.").send();
        Mail later = new Mail("dana.miller@example.com", "ok").text("fine").send();

        await().atMost(SOON).pollInterval(Duration.ofMillis(300)).until(() -> {
            String parked = http().get("/api/v1/channels/email/parked?size=200", admin).body();
            return parked.contains(noSender.mailId()) && parked.contains(tooLarge.mailId())
                    && parked.contains(outOfOffice.mailId()) && parked.contains(ownAddress.mailId());
        });
        HttpProbe.Reply parked = http().get("/api/v1/channels/email/parked?size=200", admin);
        assertThat(parked.status()).isEqualTo(200);
        List<Map<String, Object>> items = parked.json("$.items");
        Map<String, Object> withoutSender = items.stream().filter(item -> noSender.mailId().equals(item.get("mailId")))
                .findFirst().orElseThrow();
        assertThat((String) withoutSender.get("reason")).contains("no usable sender");
        assertThat(withoutSender.get("subject")).isEqualTo("Who sent this?");
        Map<String, Object> large = items.stream().filter(item -> tooLarge.mailId().equals(item.get("mailId")))
                .findFirst().orElseThrow();
        assertThat((String) large.get("reason")).contains("disk.img").contains("limit");
        assertThat(large.get("requesterId")).isEqualTo(DANA);
        assertThat(items.stream().filter(item -> outOfOffice.mailId().equals(item.get("mailId"))).findFirst()
                .orElseThrow().get("reason")).asString().contains("automatic reply");
        assertThat(items.stream().filter(item -> ownAddress.mailId().equals(item.get("mailId"))).findFirst()
                .orElseThrow().get("reason")).asString().contains("own address");
        awaitSeen(noSender.messageId);
        awaitSeen(tooLarge.messageId);
        receivedOnce(later.mailId());
        assertThat(published(noSender.mailId(), 1, Duration.ofSeconds(2))).isEmpty();
        assertThat(published(tooLarge.mailId(), 1, Duration.ofSeconds(2))).isEmpty();
        assertThat(published(outOfOffice.mailId(), 1, Duration.ofSeconds(1))).isEmpty();
        awaitSeen(outOfOffice.messageId);

        assertThat(http().get("/api/v1/channels/email/parked", issuer.agent("demo-agent")).status())
                .isEqualTo(403);
        assertThat(http().get("/api/v1/channels/email/parked?size=0", admin).status()).isEqualTo(400);
    }

    @Test
    @Order(6)
    void theWebhookTakesJsonAndRawMailWithTheSameProcessing() throws Exception {
        String integration = issuer.integration("demo-integration");
        String messageId = "<" + UUID.randomUUID() + "@provider.example>";
        String attachment = Base64.getEncoder().encodeToString("screenshot".getBytes(StandardCharsets.UTF_8));
        HttpProbe.Reply taken = http().post("/api/v1/channels/email/inbound", integration, """
                {"from": "Dana Miller <dana.miller@example.com>", "to": ["support@helpdesk.local"],
                 "subject": "Screen flickers", "messageId": "%s", "text": "Since the update.",
                 "attachments": [{"fileName": "screen.png", "contentType": "image/png", "content": "%s"}]}
                """.formatted(messageId, attachment));
        assertThat(taken.status()).isEqualTo(202);
        assertThat(taken.<String>json("$.outcome")).isEqualTo("TAKEN");
        assertThat(taken.<String>json("$.requesterId")).isEqualTo(DANA);
        String mailId = MailIds.of(messageId, null);
        assertThat(taken.<String>json("$.mailId")).isEqualTo(mailId);
        EmailReceived received = receivedOnce(mailId);
        assertThat(received.via()).isEqualTo("WEBHOOK");
        assertThat(received.receivedBy()).isEqualTo("demo-integration");
        assertThat(received.ticketId()).isEqualTo(taken.<String>json("$.ticketId"));
        assertThat(received.attachments()).hasSize(1);

        HttpProbe.Reply again = http().post("/api/v1/channels/email/inbound", integration, """
                {"from": "dana.miller@example.com", "subject": "Screen flickers", "messageId": "%s", "text": "x"}
                """.formatted(messageId));
        assertThat(again.status()).isEqualTo(202);
        assertThat(again.<String>json("$.outcome")).isEqualTo("DUPLICATE");

        Mail raw = new Mail("Jonas Becker <jonas.becker@example.com>", "Drucker").text("Geht nicht.");
        HttpProbe.Reply rawTaken = http().post("/api/v1/channels/email/inbound", integration,
                new String(raw.raw(), StandardCharsets.UTF_8), RAW);
        assertThat(rawTaken.status()).isEqualTo(202);
        assertThat(rawTaken.<String>json("$.outcome")).isEqualTo("TAKEN");
        assertThat(receivedOnce(raw.mailId()).requesterId()).isEqualTo(JONAS);
        assertTakenOnce(mailId);
    }

    @Test
    @Order(7)
    void theWebhookRefusesBadInputAndStoresNothing() throws Exception {
        String integration = issuer.integration("demo-integration");
        String path = "/api/v1/channels/email/inbound";
        String admin = issuer.admin("demo-admin");
        long parkedBefore = http().get("/api/v1/channels/email/parked", admin).<Integer>json("$.total");

        HttpProbe.Reply malformed = http().post(path, integration,
                "{\"from\": \"not an address\", \"subject\": \"x\", \"messageId\": \"<bad-1@x>\"}");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body()).contains("from");
        HttpProbe.Reply badRecipient = http().post(path, integration, "{\"from\": \"dana.miller@example.com\", "
                + "\"to\": [\"Support <support@helpdesk.local>\", \"nobody\"], \"subject\": \"x\", "
                + "\"messageId\": \"<bad-5@x>\"}");
        assertThat(badRecipient.status()).isEqualTo(400);
        assertThat(badRecipient.body()).contains("to[1]").doesNotContain("to[0]");
        HttpProbe.Reply missing = http().post(path, integration, "{\"messageId\": \"<bad-2@x>\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("from").contains("subject");
        HttpProbe.Reply badAttachment = http().post(path, integration, """
                {"from": "dana.miller@example.com", "subject": "x", "messageId": "<bad-3@x>",
                 "attachments": [{"fileName": " ", "content": "%%% not base64 %%%"}]}""");
        assertThat(badAttachment.status()).isEqualTo(400);
        assertThat(badAttachment.body()).contains("attachments[0].fileName").contains("attachments[0].content");
        String large = Base64.getEncoder().encodeToString(new byte[65 * 1024]);
        HttpProbe.Reply tooLarge = http().post(path, integration, """
                {"from": "dana.miller@example.com", "subject": "x", "messageId": "<bad-4@x>",
                 "attachments": [{"fileName": "big.bin", "content": "%s"}]}""".formatted(large));
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.contentType()).contains("application/problem+json");
        assertThat(tooLarge.body()).contains("attachments[0].content");
        Mail rawLarge = new Mail("dana.miller@example.com", "big").text("x")
                .attach("big.bin", "application/octet-stream", new byte[65 * 1024]);
        assertThat(http().post(path, integration, new String(rawLarge.raw(), StandardCharsets.ISO_8859_1), RAW)
                .status()).isEqualTo(413);
        assertThat(http().post(path, integration, "{not json", Map.of()).status()).isEqualTo(400);
        HttpProbe.Reply brokenMime = http().post(path, integration, "From: dana.miller@example.com\r\nSubject: x\r\n"
                + "Content-Type: multipart/mixed; boundary=\"never\"\r\n\r\nno parts\r\n", RAW);
        assertThat(brokenMime.status()).isEqualTo(400);
        assertThat(brokenMime.body()).contains("body");
        assertThat(http().post(path, integration, "Subject: no sender\r\n\r\nhi\r\n", RAW).status())
                .isEqualTo(400);
        assertThat(http().post(path, issuer.customer("demo-customer", DANA),
                "{\"from\": \"dana.miller@example.com\", \"subject\": \"x\"}").status()).isEqualTo(403);
        assertThat(http().post(path, issuer.agent("demo-agent"),
                "{\"from\": \"dana.miller@example.com\", \"subject\": \"x\"}").status()).isEqualTo(403);

        EventStore events = service.getBean(EventStore.class);
        for (String id : List.of("<bad-1@x>", "<bad-2@x>", "<bad-3@x>", "<bad-4@x>", "<bad-5@x>")) {
            assertThat(events.lastSequenceNumberFor(MailIds.of(id, null))).as(id).isEmpty();
        }
        assertThat(events.lastSequenceNumberFor(rawLarge.mailId())).isEmpty();
        assertThat(http().get("/api/v1/channels/email/parked", admin).<Integer>json("$.total"))
                .as("nothing parked for the webhook").isEqualTo((int) parkedBefore);
    }

    @Test
    @Order(8)
    void eachMailIsTakenOnceAlsoAcrossARestart() throws Exception {
        Mail sent = new Mail("dana.miller@example.com", "Keyboard missing keys").text("The E is gone.").send();
        receivedOnce(sent.mailId());
        awaitSeen(sent.messageId);

        // as if the service had died after taking the mail and before flagging it
        service.close();
        markUnseen(sent.messageId);
        service = startService("register");
        awaitSeen(sent.messageId);

        assertTakenOnce(sent.mailId());
    }

    @Test
    @Order(9)
    void twoInstancesReadingOneMailboxTakeEachMailOnce() throws Exception {
        ConfigurableApplicationContext second = startService("register");
        try {
            List<Mail> sent = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                sent.add(new Mail("dana.miller@example.com", "Both instances " + i).text("Mail " + i).send());
            }
            for (Mail mail : sent) {
                awaitSeen(mail.messageId);
            }
            // and once more, both reading the same unseen mail at the same time
            for (Mail mail : sent) {
                markUnseen(mail.messageId);
            }
            for (Mail mail : sent) {
                awaitSeen(mail.messageId);
            }
            for (Mail mail : sent) {
                assertTakenOnce(mail.mailId());
            }
        } finally {
            second.close();
        }
    }

    @Test
    @Order(10)
    void anUnknownSenderIsRejectedWithAReplyWhenConfigured() throws Exception {
        service.close();
        service = startService("reject");
        String stranger = "stranger-" + UUID.randomUUID() + "@elsewhere.example";
        Mail sent = new Mail(stranger, "Let me in").text("Please.").send();
        awaitSeen(sent.messageId);

        String admin = issuer.admin("demo-admin");
        List<Map<String, Object>> items = http().get("/api/v1/channels/email/parked?size=200", admin).json("$.items");
        Map<String, Object> rejected = items.stream().filter(item -> sent.mailId().equals(item.get("mailId")))
                .findFirst().orElseThrow();
        assertThat(rejected.get("kind")).isEqualTo("REJECTED");
        assertThat(published(sent.mailId(), 1, Duration.ofSeconds(2))).isEmpty();
        await().atMost(SOON).pollInterval(Duration.ofMillis(300)).until(() -> replies(stranger) == 1);
        assertThat(http().get("/api/v1/customers?email=" + stranger, admin).<Integer>json("$.total")).isZero();
    }

    private static int replies(String address) throws MessagingException {
        try (Store store = Session.getInstance(new Properties()).getStore("imap")) {
            try {
                store.connect("127.0.0.1", mail.getImap().getPort(), address, address);
            } catch (jakarta.mail.AuthenticationFailedException e) {
                return 0;
            }
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            int count = 0;
            for (Message message : inbox.getMessages()) {
                if (message.getSubject().equals("Re: Let me in")
                        && "auto-replied".equals(message.getHeader("Auto-Submitted")[0])) {
                    count++;
                }
            }
            inbox.close(false);
            return count;
        }
    }
}
