package dev.helpdesk.ticket.integration;

import static dev.helpdesk.ticket.integration.CloudEventRecords.data;
import static dev.helpdesk.ticket.integration.CloudEventRecords.event;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TopicReader;
import dev.helpdesk.ticket.api.AddComment;
import dev.helpdesk.ticket.api.AssignTicket;
import dev.helpdesk.ticket.api.Author;
import dev.helpdesk.ticket.api.CancelTicket;
import dev.helpdesk.ticket.api.ChangePriority;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.CloseTicket;
import dev.helpdesk.ticket.api.EscalateTicket;
import dev.helpdesk.ticket.api.Level;
import dev.helpdesk.ticket.api.LinkKind;
import dev.helpdesk.ticket.api.LinkTicket;
import dev.helpdesk.ticket.api.OpenTicket;
import dev.helpdesk.ticket.api.PendTicket;
import dev.helpdesk.ticket.api.RateSatisfaction;
import dev.helpdesk.ticket.api.ReopenTicket;
import dev.helpdesk.ticket.api.ResolutionCode;
import dev.helpdesk.ticket.api.ResolveTicket;
import dev.helpdesk.ticket.api.ResumeTicket;
import dev.helpdesk.ticket.api.StartWork;
import dev.helpdesk.ticket.api.TicketNumber;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.api.UpdateTicketDetails;
import dev.helpdesk.ticket.api.Visibility;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Every event of a ticket's life reaches the tickets topic, in order, keyed by the ticket, with
 * sequences 1, 2, 3… and the status after each event in its data, including the events that
 * keep the status (comments, a link, an update, a re-rating, the satisfaction rating).
 */
@OnEmbeddedInfrastructure
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class TicketLifecyclePublishingIntegrationTest {

    private static final String REQUESTER = "c0000000-0000-4000-8000-000000000001";
    private static final String SUPERVISOR = "demo-supervisor";
    private static final Duration REOPEN_WINDOW = Duration.ofDays(7);

    @Autowired
    private CommandGateway commands;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Test
    void aWholeLifecycleIsPublishedInOrderWithTheStatusAfterEachEvent() {
        UUID ticket = UUID.randomUUID();
        UUID problem = UUID.randomUUID();

        open(ticket, 900001);
        send(SUPERVISOR, new UpdateTicketDetails(ticket, null, "VPN drops on Wi-Fi", null, null, null, SUPERVISOR));
        send(SUPERVISOR, new ChangePriority(ticket, null, Level.HIGH, Level.HIGH, SUPERVISOR));
        send(SUPERVISOR, new AssignTicket(ticket, null, "service-desk-l1", "agent-anna", SUPERVISOR));
        send("agent-anna", new AddComment(ticket, null, "note-1", "agent-anna", Author.AGENT, Visibility.INTERNAL,
                "Requester is on the old client", REOPEN_WINDOW));
        send("agent-anna", new StartWork(ticket, null, "agent-anna"));
        send("agent-anna", new AddComment(ticket, null, "reply-1", "agent-anna", Author.AGENT, Visibility.PUBLIC,
                "Please send the client log", REOPEN_WINDOW));
        send("agent-anna", new PendTicket(ticket, null, "Waiting for the log", "agent-anna"));
        send("agent-anna", new ResumeTicket(ticket, null, "Log received", "agent-anna"));
        send("agent-anna", new EscalateTicket(ticket, null, "Needs the network team", "network-l2", "agent-anna"));
        send("agent-anna", new LinkTicket(ticket, null, problem, TicketType.PROBLEM, LinkKind.CAUSED_BY, "agent-anna"));
        send(SUPERVISOR, new AssignTicket(ticket, null, "network-l2", "agent-ben", SUPERVISOR));
        send("agent-ben", new StartWork(ticket, null, "agent-ben"));
        send("agent-ben", new ResolveTicket(ticket, null, ResolutionCode.WORKAROUND, "Pinned to 5 GHz", null,
                "agent-ben"));
        send("demo-customer", new ReopenTicket(ticket, null, "Still drops at home", "demo-customer"));
        send("agent-ben", new ResolveTicket(ticket, null, ResolutionCode.FIXED, "New firmware", null, "agent-ben"));
        send("agent-ben", new CloseTicket(ticket, null, null, "agent-ben"));
        send("demo-customer", new RateSatisfaction(ticket, null, REQUESTER, 5, "Thanks"));
        long commandsDone = System.nanoTime();

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(ticket, 18);
        Duration lastPublishedAfter = Duration.ofNanos(System.nanoTime() - commandsDone);

        assertThat(types(records)).containsExactly(TicketEventTypes.OPENED, TicketEventTypes.UPDATED,
                TicketEventTypes.PRIORITY_CHANGED, TicketEventTypes.ASSIGNED, TicketEventTypes.COMMENT_ADDED,
                TicketEventTypes.WORK_STARTED, TicketEventTypes.COMMENT_ADDED, TicketEventTypes.PENDED,
                TicketEventTypes.RESUMED, TicketEventTypes.ESCALATED, TicketEventTypes.LINKED,
                TicketEventTypes.ASSIGNED, TicketEventTypes.WORK_STARTED, TicketEventTypes.RESOLVED,
                TicketEventTypes.REOPENED, TicketEventTypes.RESOLVED, TicketEventTypes.CLOSED,
                TicketEventTypes.SATISFACTION_RATED);
        assertThat(field(records, "status")).containsExactly("NEW", "NEW", "NEW", "ASSIGNED", "ASSIGNED",
                "IN_PROGRESS", "IN_PROGRESS", "PENDING", "IN_PROGRESS", "NEW", "NEW", "ASSIGNED", "IN_PROGRESS",
                "RESOLVED", "IN_PROGRESS", "RESOLVED", "CLOSED", "CLOSED");
        assertThat(records).extracting(ConsumerRecord::key).containsOnly(ticket.toString());
        List<Integer> sequences = records.stream().map(record -> event(record).get("sequence").asInt()).toList();
        assertThat(sequences).containsExactlyElementsOf(IntStream.rangeClosed(1, 18).boxed().toList());
        assertThat(records).allSatisfy(record -> {
            JsonNode event = event(record);
            assertThat(event.get("subject").asText()).isEqualTo(ticket.toString());
            assertThat(event.get("data").get("ticketId").asText()).isEqualTo(ticket.toString());
        });
        assertThat(field(records, "by").subList(1, 18)).containsExactly(SUPERVISOR, SUPERVISOR, SUPERVISOR,
                "agent-anna", "agent-anna", "agent-anna", "agent-anna", "agent-anna", "agent-anna", "agent-anna",
                SUPERVISOR, "agent-ben", "agent-ben", "demo-customer", "agent-ben", "agent-ben", "demo-customer");
        assertThat(data(records.get(4)).get("body").isNull()).as("an INTERNAL note's body").isTrue();
        assertThat(data(records.get(6)).get("body").asText()).isEqualTo("Please send the client log");
        assertThat(data(records.get(6)).get("firstResponse").asBoolean()).isTrue();
        assertThat(lastPublishedAfter).as("all on Kafka soon after the last command").isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void aCancellationIsPublishedAsTheTicketsFinalStatus() {
        UUID ticket = UUID.randomUUID();

        open(ticket, 900002);
        send("demo-agent", new CancelTicket(ticket, null, "Opened twice", "demo-agent"));

        List<ConsumerRecord<String, byte[]>> records = awaitRecords(ticket, 2);
        assertThat(types(records)).containsExactly(TicketEventTypes.OPENED, TicketEventTypes.CANCELLED);
        assertThat(field(records, "status")).containsExactly("NEW", "CANCELLED");
        assertThat(data(records.get(1)).get("reason").asText()).isEqualTo("Opened twice");
    }

    private void open(UUID ticket, long number) {
        send("demo-agent", new OpenTicket(ticket, new TicketNumber(number), TicketType.INCIDENT, "VPN drops",
                "Every ten minutes", REQUESTER, Channel.PHONE, "network", Level.HIGH, Level.MEDIUM, List.of("vpn"),
                "demo-agent"));
    }

    /** As the web layer sends it: the caller's token subject travels as metadata onto the events. */
    private void send(String actor, Object command) {
        commands.sendAndWait(command, MetaData.with(MessageMetadata.ACTOR_ID, actor));
    }

    /** Reads the topic from its start until the ticket has {@code expected} records. */
    private List<ConsumerRecord<String, byte[]>> awaitRecords(UUID ticket, int expected) {
        List<ConsumerRecord<String, byte[]>> records = TopicReader.recordsWithKey(bootstrapServers, Topics.TICKETS,
                ticket.toString(), found -> found.size() >= expected, Duration.ofSeconds(30));
        assertThat(records).as("records of ticket %s", ticket).hasSize(expected);
        return records;
    }

    private static List<String> types(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(record -> event(record).get("type").asText()).toList();
    }

    /** A data field of each record; JSON null as null. */
    private static List<String> field(List<ConsumerRecord<String, byte[]>> records, String name) {
        return records.stream().map(record -> data(record).get(name))
                .map(value -> value == null || value.isNull() ? null : value.asText())
                .toList();
    }

}
