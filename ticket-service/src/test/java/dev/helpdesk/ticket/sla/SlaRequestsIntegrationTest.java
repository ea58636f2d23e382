package dev.helpdesk.ticket.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.helpdesk.ticket.integration.CloudEventRecords.data;
import static dev.helpdesk.ticket.integration.CloudEventRecords.type;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.sla.SlaAutoCloseRequested;
import dev.helpdesk.contracts.sla.SlaEscalationRequested;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TopicProbe;
import dev.helpdesk.testsupport.TopicReader;
import dev.helpdesk.ticket.api.AssignTicket;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.query.HistoryEntry;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The SLA topic's requests, sent as the escalation service sends them to a real embedded broker:
 * an escalation becomes the ticket's own escalation (functional to the group's next-level group,
 * hierarchical naming the group's supervisor), once per request however often it arrives; an
 * auto-close closes a ticket resolved for the whole reopen window (2 s here), and no other; other
 * SLA events are left alone, and an unreadable record goes to the dead-letter topic.
 */
@OnEmbeddedInfrastructure
@TestPropertySource(properties = {"helpdesk.tickets.reopen-window=PT2S",
        "helpdesk.tickets.auto-close-clock-difference=0s"})
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class SlaRequestsIntegrationTest {

    private static final String REQUESTER = "c0000000-0000-4000-8000-000000000001";
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final AtomicLong NUMBERS = new AtomicLong(910000);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    private CommandGateway commands;

    @Autowired
    private TicketTimeline tickets;

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

    @Test
    void aBreachMovesTheTicketToTheNextLevelGroupAndNamesTheSupervisorOnce() {
        UUID ticket = openInServiceDesk();
        String requestId = ticket + ":RESOLUTION:escalation";

        request(requestId, ticket, List.of("FUNCTIONAL", "HIERARCHICAL"));
        request(requestId, ticket, List.of("FUNCTIONAL", "HIERARCHICAL")); // delivered again

        await().atMost(PATIENCE).until(() -> "desktop-support-l2".equals(view(ticket).groupId()));
        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(bootstrapServers, Topics.TICKETS,
                ticket.toString(), found -> found.size() >= 3, PATIENCE);
        JsonNode escalated = data(records.get(2));
        assertThat(type(records.get(2))).isEqualTo(TicketEventTypes.ESCALATED);
        assertThat(escalated.get("fromGroupId").asText()).isEqualTo("service-desk-l1");
        assertThat(escalated.get("toGroupId").asText()).isEqualTo("desktop-support-l2");
        assertThat(escalated.get("supervisorId").asText()).isEqualTo("demo-supervisor");
        assertThat(escalated.get("requestId").asText()).isEqualTo(requestId);
        assertThat(escalated.get("by").asText()).isEqualTo(SlaEventHandler.ACTOR);
        assertThat(escalated.get("reason").asText()).contains("SLA breached");
        assertThat(view(ticket).assigneeId()).as("a functional escalation leaves it to the new group").isNull();

        awaitCounted("escalated", 2); // the second delivery is counted as done, and changed nothing
        List<HistoryEntry> history = tickets.history(ticket, true);
        assertThat(history).extracting(HistoryEntry::type)
                .containsExactly(TicketEventTypes.OPENED, TicketEventTypes.ASSIGNED, TicketEventTypes.ESCALATED);
        assertThat(history.get(2).actorId()).isEqualTo(SlaEventHandler.ACTOR);
    }

    @Test
    void aHierarchicalEscalationKeepsTheTicketWhereItIs() {
        UUID ticket = openInServiceDesk();

        request(ticket + ":FIRST_RESPONSE:escalation", ticket, List.of("HIERARCHICAL"));

        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(bootstrapServers, Topics.TICKETS,
                ticket.toString(), found -> found.size() >= 3, PATIENCE);
        JsonNode escalated = data(records.get(2));
        assertThat(escalated.get("toGroupId").isNull()).isTrue();
        assertThat(escalated.get("supervisorId").asText()).isEqualTo("demo-supervisor");
        assertThat(view(ticket).groupId()).isEqualTo("service-desk-l1");
        assertThat(view(ticket).assigneeId()).isEqualTo("demo-agent");
    }

    @Test
    void aRequestForAResolvedTicketChangesNothing() {
        UUID ticket = openInServiceDesk();
        commands.sendAndWait(new ResolveTicket(ticket, null, ResolutionCode.FIXED, "Restarted", null, "demo-agent"),
                MetaData.with(MessageMetadata.ACTOR_ID, "demo-agent"));
        double before = counted("not-applicable");

        request(ticket + ":RESOLUTION:escalation", ticket, List.of("FUNCTIONAL"));

        awaitCounted("not-applicable", before + 1);
        assertThat(tickets.history(ticket, true)).extracting(HistoryEntry::type)
                .doesNotContain(TicketEventTypes.ESCALATED);
    }

    @Test
    void aTicketResolvedForTheWholeReopenWindowIsClosedOnceAndOneResolvedSinceIsNot() throws InterruptedException {
        UUID early = openInServiceDesk();
        UUID due = openInServiceDesk();
        resolve(due);
        Thread.sleep(2_100); // the window is 2 s
        resolve(early);
        double notApplicable = counted("not-applicable");
        double closed = counted("closed");

        autoClose(early);
        autoClose(due);
        autoClose(due); // delivered again

        awaitCounted("closed", closed + 1);
        awaitCounted("not-applicable", notApplicable + 2);
        assertThat(view(due).status()).isEqualTo(TicketStatus.CLOSED);
        assertThat(view(early).status()).as("resolved less than a window ago").isEqualTo(TicketStatus.RESOLVED);
        HistoryEntry closing = tickets.history(due, true).get(3);
        assertThat(closing.type()).isEqualTo(TicketEventTypes.CLOSED);
        assertThat(closing.actorId()).isEqualTo(SlaEventHandler.ACTOR);
        assertThat(tickets.history(due, true)).hasSize(4);
    }

    @Test
    void otherSlaEventsAreLeftAloneAndAnUnreadableRecordIsDeadLettered() {
        UUID ticket = openInServiceDesk();
        double others = counted("other-type");
        double deadLettered = counted("dead-lettered");

        kafka.send(new ProducerRecord<>(Topics.SLA, ticket.toString(), codec.encode(new OutgoingEvent(
                ticket + ":RESOLUTION:0.75", Sources.ESCALATION_SERVICE, SlaEventTypes.WARNING, ticket.toString(),
                Instant.now(), -1, null, JSON.createObjectNode().put("ticketId", ticket.toString())))));
        kafka.send(new ProducerRecord<>(Topics.SLA, ticket.toString(),
                "{\"not\": \"a cloudevent\"".getBytes(StandardCharsets.UTF_8)));
        request(ticket + ":RESOLUTION:escalation", ticket, List.of()); // no level: not a request one can carry out

        awaitCounted("other-type", others + 1);
        awaitCounted("dead-lettered", deadLettered + 2);
        assertThat(kafka.everythingOn(Topics.deadLetterOf(Topics.SLA)))
                .extracting(record -> record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8))
                .contains(ticket.toString());
        assertThat(view(ticket).groupId()).isEqualTo("service-desk-l1");
        assertThat(tickets.history(ticket, true)).extracting(HistoryEntry::type)
                .doesNotContain(TicketEventTypes.ESCALATED);
    }

    private UUID openInServiceDesk() {
        UUID ticket = UUID.randomUUID();
        MetaData agent = MetaData.with(MessageMetadata.ACTOR_ID, "demo-agent");
        commands.sendAndWait(new OpenTicket(ticket, new TicketNumber(NUMBERS.incrementAndGet()), TicketType.INCIDENT,
                "Printer offline", "Since this morning", REQUESTER, Channel.PHONE, "printing", Level.HIGH, Level.HIGH,
                List.of(), "demo-agent"), agent);
        commands.sendAndWait(new AssignTicket(ticket, null, "service-desk-l1", "demo-agent", "demo-agent"), agent);
        return ticket;
    }

    private void resolve(UUID ticket) {
        commands.sendAndWait(new ResolveTicket(ticket, null, ResolutionCode.FIXED, "Restarted", null, "demo-agent"),
                MetaData.with(MessageMetadata.ACTOR_ID, "demo-agent"));
    }

    /** As the escalation service sends it when it thinks the window is over. */
    private void autoClose(UUID ticket) {
        Instant now = Instant.now();
        kafka.send(new ProducerRecord<>(Topics.SLA, ticket.toString(), codec.encode(new OutgoingEvent(
                ticket + ":auto-close:" + now, Sources.ESCALATION_SERVICE, SlaEventTypes.AUTO_CLOSE_REQUESTED,
                ticket.toString(), now, 9, null, new SlaAutoCloseRequested(ticket.toString(), now, now)))));
    }

    /** As the escalation service sends it: a structured CloudEvent keyed by the ticket. */
    private void request(String requestId, UUID ticket, List<String> levels) {
        Instant breachedAt = Instant.parse("2026-11-27T10:20:00Z");
        SlaEscalationRequested data = new SlaEscalationRequested(ticket.toString(), "RESOLUTION", levels, null,
                breachedAt, breachedAt, "default-p1", "P1");
        kafka.send(new ProducerRecord<>(Topics.SLA, ticket.toString(), codec.encode(new OutgoingEvent(requestId,
                Sources.ESCALATION_SERVICE, SlaEventTypes.ESCALATION_REQUESTED, ticket.toString(), breachedAt, -1,
                null, data))));
    }

    private TicketView view(UUID ticket) {
        return tickets.current(ticket).orElseThrow();
    }

    private double counted(String outcome) {
        return meters.counter(SlaEventMetrics.EVENTS, "outcome", outcome).count();
    }

    private void awaitCounted(String outcome, double atLeast) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(counted(outcome)).isGreaterThanOrEqualTo(atLeast));
    }
}
