package dev.helpdesk.ticket.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.email.EmailEventTypes;
import dev.helpdesk.contracts.email.EmailReceived;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TopicProbe;
import dev.helpdesk.ticket.api.AssignTicket;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.CloseTicket;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.PendTicket;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.StartWork;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.numbering.TicketNumberAllocator;
import dev.helpdesk.ticket.query.HistoryEntry;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Inbound mail, sent on the channels topic as the customer service sends it, to a real embedded broker:
 * a new mail opens an INCIDENT with channel EMAIL, once however often it arrives; a reply becomes the
 * requester's public comment on their ticket, which resumes a PENDING ticket and reopens a RESOLVED one;
 * a reply to a ticket that cannot take it opens a new ticket naming the old; a malformed event goes to
 * the dead-letter topic.
 */
@OnEmbeddedInfrastructure
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class EmailTicketsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DANA = "c0000000-0000-4000-8000-000000000001";
    private static final String JONAS = "c0000000-0000-4000-8000-000000000002";
    private static final String TYPE = EmailEventTypes.RECEIVED;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private TicketTimeline tickets;

    @Autowired
    private TicketNumberAllocator numbers;

    @Autowired
    private MeterRegistry meters;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private final CloudEventCodec codec = new CloudEventCodec();
    private TopicProbe kafka;

    @BeforeEach
    void connect() {
        kafka = new TopicProbe(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        kafka.close();
    }

    private static String mailId() {
        byte[] random = new byte[32];
        ThreadLocalRandom.current().nextBytes(random);
        return "email-" + HexFormat.of().formatHex(random);
    }

    private static EmailReceived mail(String requester, String subject, String text, String replyTo) {
        String mailId = mailId();
        return new EmailReceived(mailId, "<" + UUID.randomUUID() + "@mail.example.com>",
                UUID.nameUUIDFromBytes(mailId.getBytes(StandardCharsets.UTF_8)).toString(), replyTo, null, requester,
                false, subject, text, List.of(Map.of("id", mailId + "-1", "fileName", "log.txt", "contentType",
                        "text/plain", "size", 120, "path", "/api/v1/channels/email/attachments/" + mailId + "-1")),
                "IMAP", "email-channel", Instant.now());
    }

    /** As the customer service publishes it: a structured CloudEvent keyed by the mail's id. */
    private void send(String eventId, EmailReceived mail) {
        kafka.send(new ProducerRecord<>(Topics.CHANNELS, mail.mailId(), codec.encode(new OutgoingEvent(eventId,
                Sources.CUSTOMER_SERVICE, TYPE, mail.mailId(), mail.receivedAt(), 1, null, mail))));
    }

    private String send(EmailReceived mail) {
        String id = UUID.randomUUID().toString();
        send(id, mail);
        return id;
    }

    private double counted(String outcome) {
        return meters.counter(ChannelEventDispatcher.EVENTS, "type", TYPE, "outcome", outcome).count();
    }

    private void awaitCounted(String type, String outcome, double atLeast) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                meters.counter(ChannelEventDispatcher.EVENTS, "type", type, "outcome", outcome).count())
                .isGreaterThanOrEqualTo(atLeast));
    }

    private UUID ticketOf(String requester) {
        UUID id = UUID.randomUUID();
        commands.sendAndWait(new OpenTicket(id, numbers.next(), TicketType.INCIDENT, "VPN drops", "Every 10 minutes",
                requester, Channel.PORTAL, null, Level.LOW, Level.MEDIUM, List.of(), requester),
                MetaData.with(MessageMetadata.ACTOR_ID, requester));
        return id;
    }

    private void asAgent(Object command) {
        commands.sendAndWait(command, MetaData.with(MessageMetadata.ACTOR_ID, "demo-agent"));
    }

    private TicketView awaitTicket(UUID id) {
        await().atMost(PATIENCE).until(() -> tickets.current(id).isPresent());
        return tickets.current(id).orElseThrow();
    }

    @Test
    void aNewMailOpensAnEmailIncidentOnceForItsRequester() {
        EmailReceived mail = mail(DANA, "Printer on floor 3 jams", "It jams on every second page.", null);
        double alreadyOpen = counted("already-open");

        String eventId = send(mail);
        UUID ticketId = UUID.fromString(mail.ticketId());
        TicketView ticket = awaitTicket(ticketId);
        send(eventId, mail); // delivered again
        awaitCounted(TYPE, "already-open", alreadyOpen + 1);

        assertThat(ticket.type()).isEqualTo(TicketType.INCIDENT);
        assertThat(ticket.channel()).isEqualTo(Channel.EMAIL);
        assertThat(ticket.requesterId()).isEqualTo(DANA);
        assertThat(ticket.subject()).isEqualTo("Printer on floor 3 jams");
        assertThat(ticket.description()).startsWith("It jams on every second page.")
                .contains("log.txt (text/plain, 120 bytes): /api/v1/channels/email/attachments/"
                        + mail.mailId() + "-1");
        assertThat(ticket.tags()).containsExactly("email");
        assertThat(tickets.history(ticketId, true)).extracting(HistoryEntry::type)
                .containsExactly(TicketEventTypes.OPENED);
    }

    @Test
    void aReplyIsTheRequestersPublicCommentAndResumesAPendingTicket() {
        UUID ticketId = ticketOf(DANA);
        asAgent(new AssignTicket(ticketId, null, "service-desk", "demo-agent", "demo-agent"));
        asAgent(new StartWork(ticketId, null, "demo-agent"));
        asAgent(new PendTicket(ticketId, null, "Which printer?", "demo-agent"));
        double alreadyCommented = counted("already-commented");
        EmailReceived reply = mail(DANA, "Re: [HD-000001] VPN drops", "The one on floor 3.", ticketId.toString());

        String eventId = send(reply);
        await().atMost(PATIENCE).until(() -> tickets.current(ticketId).orElseThrow().comments().size() == 1);
        send(eventId, reply);
        awaitCounted(TYPE, "already-commented", alreadyCommented + 1);

        TicketView ticket = tickets.current(ticketId).orElseThrow();
        assertThat(ticket.status()).as("the requester replied").isEqualTo(TicketStatus.IN_PROGRESS);
        assertThat(ticket.comments()).hasSize(1);
        TicketView.Comment comment = ticket.comments().get(0);
        assertThat(comment.id()).isEqualTo(reply.mailId());
        assertThat(comment.authorId()).isEqualTo(DANA);
        assertThat(comment.visibility()).isEqualTo("PUBLIC");
        assertThat(comment.body()).startsWith("The one on floor 3.").contains("log.txt");
        assertThat(tickets.current(UUID.fromString(reply.ticketId()))).as("no new ticket").isEmpty();
    }

    @Test
    void aReplyReopensAResolvedTicket() {
        UUID ticketId = ticketOf(DANA);
        asAgent(new ResolveTicket(ticketId, null, ResolutionCode.FIXED, "New VPN profile", null, "demo-agent"));

        send(mail(DANA, "Re: VPN drops", "Still drops.", ticketId.toString()));

        await().atMost(PATIENCE).until(() -> tickets.current(ticketId).orElseThrow().status()
                == TicketStatus.IN_PROGRESS);
        assertThat(tickets.history(ticketId, true)).extracting(HistoryEntry::type).containsExactly(
                TicketEventTypes.OPENED, TicketEventTypes.RESOLVED, TicketEventTypes.COMMENT_ADDED,
                TicketEventTypes.REOPENED);
    }

    @Test
    void aReplyToAnotherRequestersOrAClosedTicketOpensANewOne() {
        UUID jonasTicket = ticketOf(JONAS);
        UUID closed = ticketOf(DANA);
        asAgent(new ResolveTicket(closed, null, ResolutionCode.FIXED, "Done", null, "demo-agent"));
        asAgent(new CloseTicket(closed, null, "confirmed", "demo-agent"));
        double followUps = counted("opened-follow-up");

        EmailReceived toJonas = mail(DANA, "Re: VPN drops", "Me too.", jonasTicket.toString());
        EmailReceived toClosed = mail(DANA, "Re: VPN drops", "Again.", closed.toString());
        send(toJonas);
        send(toClosed);
        awaitCounted(TYPE, "opened-follow-up", followUps + 2);

        assertThat(tickets.current(jonasTicket).orElseThrow().comments()).as("not on a stranger's ticket").isEmpty();
        assertThat(tickets.current(closed).orElseThrow().comments()).isEmpty();
        TicketView fresh = awaitTicket(UUID.fromString(toJonas.ticketId()));
        assertThat(fresh.requesterId()).isEqualTo(DANA);
        assertThat(fresh.description()).contains("reply to " + tickets.current(jonasTicket).orElseThrow().number());
        assertThat(awaitTicket(UUID.fromString(toClosed.ticketId())).channel()).isEqualTo(Channel.EMAIL);
        awaitTicket(UUID.fromString(toClosed.ticketId()));
    }

    @Test
    void aReplyToATicketUnknownHereOpensANewOne() {
        EmailReceived mail = mail(DANA, "Re: old ticket", "Hello again.", UUID.randomUUID().toString());
        send(mail);
        assertThat(awaitTicket(UUID.fromString(mail.ticketId())).subject()).isEqualTo("Re: old ticket");
    }

    @Test
    void aMalformedMailEventIsDeadLettered() {
        double deadLettered = meters.counter(ChannelEventDispatcher.EVENTS, "type", "any", "outcome",
                "dead-lettered").count();
        EmailReceived good = mail(DANA, "Subject", "Text", null);
        EmailReceived noRequester = new EmailReceived(good.mailId(), null, good.ticketId(), null, null, " ", false,
                "Subject", "Text", List.of(), "IMAP", "email-channel", Instant.now());
        EmailReceived noTicketId = new EmailReceived(mailId(), null, "HD-000042", null, null, DANA, false,
                "Subject", "Text", List.of(), "IMAP", "email-channel", Instant.now());
        EmailReceived badReply = new EmailReceived(mailId(), null, UUID.randomUUID().toString(), "HD-000042", null,
                DANA, false, "Subject", "Text", List.of(), "IMAP", "email-channel", Instant.now());
        EmailReceived noSubject = new EmailReceived(mailId(), null, UUID.randomUUID().toString(), null, null,
                DANA, false, " ", "Text", List.of(), "IMAP", "email-channel", Instant.now());

        send(noRequester);
        send(noTicketId);
        send(badReply);
        send(noSubject);

        awaitCounted("any", "dead-lettered", deadLettered + 4);
        assertThat(kafka.everythingOn(Topics.deadLetterOf(Topics.CHANNELS)))
                .extracting(record -> record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8))
                .contains(noRequester.mailId(), noTicketId.mailId(), badReply.mailId(), noSubject.mailId());
        assertThat(tickets.current(UUID.fromString(good.ticketId()))).isEmpty();
    }
}
