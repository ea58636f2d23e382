package dev.helpdesk.customer.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaPendingReminder;
import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketClosed;
import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.contracts.ticket.TicketEscalated;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketOpened;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.customer.CustomerServiceApplication;
import dev.helpdesk.customer.survey.SatisfactionTokens;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.producer.ProducerRecord;
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
 * Issue 6 item 4 end to end: ticket and SLA events on a real Kafka broker, the customer service on a
 * real MongoDB-wire server, the notifications sent over SMTP to a real mail server (GreenMail) and read
 * back over IMAP, in English and German; exactly once, also across a restart of the service. The
 * service runs as a context of its own (not a test context), so that the restart test can stop it and
 * start another on the same database, broker and consumer groups.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsIntegrationTest {

    private static final String DANA = "c0000000-0000-4000-8000-000000000001";
    private static final String DANA_MAIL = "dana.miller@example.com";
    private static final String JONAS = "c0000000-0000-4000-8000-000000000002";
    private static final String JONAS_MAIL = "jonas.becker@example.com";
    private static final Duration SOON = Duration.ofSeconds(30);
    private static final CloudEventCodec CODEC = new CloudEventCodec();

    private static MongoServer mongo;
    private static EmbeddedKafkaKraftBroker kafka;
    private static GreenMail mail;
    private static TestIssuer issuer;
    private static TopicProbe topics;
    private static Mailboxes mailboxes;
    private static ConfigurableApplicationContext service;

    @BeforeAll
    static void startInfrastructureAndService() {
        mongo = new MongoServer(new MemoryBackend());
        mongo.bind("127.0.0.1", 0);
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.afterPropertiesSet();
        mail = new GreenMail(ServerSetup.dynamicPort(ServerSetupTest.SMTP_IMAP));
        mail.start();
        issuer = new TestIssuer();
        topics = new TopicProbe(kafka.getBrokersAsString());
        mailboxes = new Mailboxes(mail.getImap().getPort());
        service = startService();
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

    private static ConfigurableApplicationContext startService() {
        return new SpringApplicationBuilder(CustomerServiceApplication.class).run(
                "--server.port=0",
                "--spring.mongodb.host=127.0.0.1",
                "--spring.mongodb.port=" + mongo.getLocalAddress().getPort(),
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--helpdesk.security.issuer=" + issuer.issuer(),
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                "--helpdesk.notifications.poll-interval=100ms",
                "--helpdesk.notifications.initial-backoff=200ms",
                "--helpdesk.notifications.public-base-url=https://desk.example.com/");
    }

    private static HttpProbe http() {
        return HttpProbe.onLocalPort(Integer.parseInt(service.getEnvironment().getProperty("local.server.port")));
    }

    /** A ticket of its own for each test: the demo customers' inboxes are shared. */
    private record Ticket(String id, String number, String requesterId) {

        static Ticket of(String requesterId) {
            return new Ticket(UUID.randomUUID().toString(),
                    "HD-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000), requesterId);
        }
    }

    private static String opened(Ticket ticket, String subject) {
        String id = UUID.randomUUID().toString();
        publishOpened(ticket, subject, id);
        return id;
    }

    private static void publishOpened(Ticket ticket, String subject, String eventId) {
        publishOpened(ticket, subject, eventId, Instant.now());
    }

    private static void publishOpened(Ticket ticket, String subject, String eventId, Instant at) {
        publish(Topics.TICKETS, new OutgoingEvent(eventId, Sources.TICKET_SERVICE, TicketEventTypes.OPENED,
                ticket.id(), at, 1, null, new TicketOpened(ticket.id(), ticket.number(), "INCIDENT", "NEW", subject,
                        "Since this morning", ticket.requesterId(), "PORTAL", "network", "LOW", "MEDIUM", "P4",
                        List.of(), "demo-customer", at)));
    }

    private static void comment(Ticket ticket, long sequence, String author, String visibility, String body) {
        ticketEvent(UUID.randomUUID().toString(), TicketEventTypes.COMMENT_ADDED, ticket, sequence,
                new TicketCommentAdded(ticket.id(), "IN_PROGRESS", UUID.randomUUID().toString(), "someone", author,
                        visibility, body, false, "someone", Instant.now()));
    }

    private static void ticketEvent(String id, String type, Ticket ticket, long sequence, Object data) {
        publish(Topics.TICKETS, new OutgoingEvent(id, Sources.TICKET_SERVICE, type, ticket.id(), Instant.now(),
                sequence, null, data));
    }

    private static void publish(String topic, OutgoingEvent event) {
        topics.send(new ProducerRecord<>(topic, event.subject(), CODEC.encode(event)));
    }

    private static List<Mailboxes.Received> awaitMails(String address, Ticket ticket, int count) {
        await().atMost(SOON).pollInterval(Duration.ofMillis(200))
                .until(() -> mailboxes.ofTicket(address, ticket.number()).size() >= count);
        return mailboxes.ofTicket(address, ticket.number());
    }

    @Test
    @Order(1)
    void theRequesterHearsOfTheirTicketInEnglishOfRepliesButNotNotesAndOfTheResolutionWithASurveyLink() {
        Ticket ticket = Ticket.of(DANA);
        opened(ticket, "VPN drops every 10 minutes");
        comment(ticket, 2, "AGENT", "PUBLIC", "Please install the new VPN profile");
        comment(ticket, 3, "AGENT", "INTERNAL", null);
        comment(ticket, 4, "CUSTOMER", "PUBLIC", "Done, thanks");
        ticketEvent(UUID.randomUUID().toString(), TicketEventTypes.RESOLVED, ticket, 5, new TicketResolved(ticket.id(),
                "RESOLVED", "FIXED", "New VPN profile installed", null, "demo-agent", Instant.now()));
        ticketEvent(UUID.randomUUID().toString(), TicketEventTypes.CLOSED, ticket, 6,
                new TicketClosed(ticket.id(), "CLOSED", null, "escalation-service", Instant.now()));

        List<Mailboxes.Received> mails = awaitMails(DANA_MAIL, ticket, 4);
        String n = ticket.number();
        assertThat(mails).extracting(Mailboxes.Received::subject).containsExactlyInAnyOrder(
                "[" + n + "] We received your request: VPN drops every 10 minutes",
                "[" + n + "] New reply: VPN drops every 10 minutes",
                "[" + n + "] Resolved: VPN drops every 10 minutes",
                "[" + n + "] Closed: VPN drops every 10 minutes");
        assertThat(mails).allSatisfy(mail -> assertThat(mail.from()).isEqualTo("support@helpdesk.local"));
        assertThat(mails).extracting(Mailboxes.Received::body).noneMatch(body -> body.contains("Done, thanks"));

        String root = "<hd." + ticket.id() + "@helpdesk.local>";
        Mailboxes.Received received = find(mails, "We received");
        assertThat(received.messageId()).isEqualTo(root);
        assertThat(received.inReplyTo()).isNull();
        Mailboxes.Received reply = find(mails, "New reply");
        assertThat(reply.body()).contains("Please install the new VPN profile");
        assertThat(reply.messageId()).startsWith("<hd." + ticket.id() + ".").isNotEqualTo(root);
        assertThat(reply.inReplyTo()).isEqualTo(root);
        assertThat(reply.references()).isEqualTo(root);

        Mailboxes.Received resolved = find(mails, "Resolved");
        assertThat(resolved.body()).contains("New VPN profile installed");
        Matcher link = Pattern.compile("https://desk\\.example\\.com/api/v1/surveys/(\\S+)").matcher(resolved.body());
        assertThat(link.find()).as(resolved.body()).isTrue();
        assertThat(service.getBean(SatisfactionTokens.class).verify(link.group(1)).ticketId()).isEqualTo(ticket.id());
    }

    @Test
    @Order(2)
    void aGermanSpeakingRequesterGetsEveryNotificationInGermanWithTheReminders() {
        Ticket ticket = Ticket.of(JONAS);
        opened(ticket, "Drucker druckt nicht");
        Instant pendingSince = Instant.now();
        ticketEvent(UUID.randomUUID().toString(), TicketEventTypes.PENDED, ticket, 2, new TicketPended(ticket.id(),
                "PENDING", "Welches Modell ist es?", "demo-agent", pendingSince));
        publish(Topics.SLA, new OutgoingEvent(ticket.id() + ":pending-reminder:" + pendingSince + ":1",
                Sources.ESCALATION_SERVICE, SlaEventTypes.PENDING_REMINDER, ticket.id(), Instant.now(), 7, null,
                new SlaPendingReminder(ticket.id(), pendingSince, 1, Instant.now())));

        List<Mailboxes.Received> mails = awaitMails(JONAS_MAIL, ticket, 3);
        String n = ticket.number();
        assertThat(mails).extracting(Mailboxes.Received::subject).containsExactlyInAnyOrder(
                "[" + n + "] Ihre Anfrage ist eingegangen: Drucker druckt nicht",
                "[" + n + "] Wir warten auf Ihre Antwort: Drucker druckt nicht",
                "[" + n + "] Erinnerung: Wir warten noch auf Ihre Antwort: Drucker druckt nicht");
        assertThat(find(mails, "Wir warten auf").body()).contains("Guten Tag", "Welches Modell ist es?");
        assertThat(find(mails, "Erinnerung").body()).contains("Erinnerung 1");
    }

    @Test
    @Order(3)
    void anEventFoundTooOldWhenReadTellsNoOneButItsTicketIsKnown() {
        Ticket ticket = Ticket.of(DANA);
        publishOpened(ticket, "Old printer", UUID.randomUUID().toString(), Instant.now().minus(Duration.ofDays(3)));
        comment(ticket, 2, "AGENT", "PUBLIC", "Still an issue?");

        assertThat(awaitMails(DANA_MAIL, ticket, 1)).extracting(Mailboxes.Received::subject)
                .containsExactly("[" + ticket.number() + "] New reply: Old printer");
        assertThat(service.getBean(NotificationOutbox.class).list(ticket.id(), null, 0, 10).items())
                .extracting(Notification::kind).containsExactly(NotificationKind.REPLIED);
    }

    @Test
    @Order(4)
    void agentsHearOfTicketsPutOnTheirDeskAndSupervisorsOfEscalationsAndStaffReadTheOutbox() {
        Ticket ticket = Ticket.of(DANA);
        opened(ticket, "Laptop will not boot");
        ticketEvent(UUID.randomUUID().toString(), TicketEventTypes.ASSIGNED, ticket, 2, new TicketAssigned(ticket.id(),
                "ASSIGNED", "service-desk-l1", "agent-kim", "demo-supervisor", Instant.now()));
        // an agent who claims a ticket is not told of it
        ticketEvent(UUID.randomUUID().toString(), TicketEventTypes.ASSIGNED, ticket, 3, new TicketAssigned(ticket.id(),
                "ASSIGNED", "service-desk-l1", "agent-lee", "agent-lee", Instant.now()));
        ticketEvent(UUID.randomUUID().toString(), TicketEventTypes.ESCALATED, ticket, 4, new TicketEscalated(
                ticket.id(), "NEW", "SLA breached: the resolution target was due", "service-desk-l1",
                "desktop-support-l2", "escalation-service", Instant.now(), "sup-sam", ticket.id() + ":RESOLUTION"));

        String n = ticket.number();
        assertThat(awaitMails("agent-kim@helpdesk.local", ticket, 1)).extracting(Mailboxes.Received::subject)
                .containsExactly("[" + n + "] Assigned to you: Laptop will not boot");
        Mailboxes.Received escalation = awaitMails("sup-sam@helpdesk.local", ticket, 1).get(0);
        assertThat(escalation.subject()).isEqualTo("[" + n + "] Escalated to you: Laptop will not boot");
        assertThat(escalation.body()).contains("SLA breached: the resolution target was due");
        awaitMails(DANA_MAIL, ticket, 1);

        String agent = issuer.agent("demo-agent", "service-desk-l1");
        await().atMost(SOON).until(() -> sentFor(ticket, agent) == 3);
        HttpProbe.Reply listed = http().get("/api/v1/notifications?ticketId=" + ticket.id(), agent);
        assertThat(listed.<List<String>>json("$.items[*].kind"))
                .containsExactlyInAnyOrder("RECEIVED", "ASSIGNED", "ESCALATED");
        assertThat(listed.<List<String>>json("$.items[*].address")).containsExactlyInAnyOrder(DANA_MAIL,
                "agent-kim@helpdesk.local", "sup-sam@helpdesk.local");
        assertThat(mailboxes.inbox("agent-lee@helpdesk.local")).isEmpty();

        assertThat(http().get("/api/v1/notifications", issuer.customer("demo-customer", DANA)).status())
                .isEqualTo(403);
        HttpProbe.Reply bad = http().get("/api/v1/notifications?status=LOST", agent);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.contentType()).startsWith("application/problem+json");
        assertThat(bad.<List<String>>json("$.errors[*].field")).containsExactly("status");
    }

    @Test
    @Order(5)
    void eachEventIsNotifiedOnceAlsoWhenReadAgainAfterARestart() throws InterruptedException {
        Ticket ticket = Ticket.of(DANA);
        String openedId = opened(ticket, "Mailbox full");
        awaitMails(DANA_MAIL, ticket, 1);

        service.close();
        // while the service is down: a reply, and the opened event once more (as after a crash
        // before the offset was committed)
        comment(ticket, 2, "AGENT", "PUBLIC", "I have doubled your quota");
        publishOpened(ticket, "Mailbox full", openedId);
        service = startService();

        List<Mailboxes.Received> mails = awaitMails(DANA_MAIL, ticket, 2);
        String agent = issuer.agent("demo-agent", "service-desk-l1");
        await().atMost(SOON).until(() -> sentFor(ticket, agent) == 2);
        Thread.sleep(1_000); // time enough for a second send, if there were one
        mails = mailboxes.ofTicket(DANA_MAIL, ticket.number());
        assertThat(mails).extracting(Mailboxes.Received::subject).containsExactlyInAnyOrder(
                "[" + ticket.number() + "] We received your request: Mailbox full",
                "[" + ticket.number() + "] New reply: Mailbox full");
        assertThat(http().get("/api/v1/notifications?ticketId=" + ticket.id(), agent).<Integer>json("$.total"))
                .isEqualTo(2);
    }

    /** How many of the ticket's notifications were sent, as the staff endpoint tells; -1 while it does not answer. */
    private static int sentFor(Ticket ticket, String token) {
        HttpProbe.Reply reply = http().get("/api/v1/notifications?status=SENT&ticketId=" + ticket.id(), token);
        return reply.status() == 200 ? reply.<Integer>json("$.total") : -1;
    }

    private static Mailboxes.Received find(List<Mailboxes.Received> mails, String subjectPart) {
        return mails.stream().filter(mail -> mail.subject().contains(subjectPart)).findFirst().orElseThrow();
    }
}
