package dev.helpdesk.ticket.channels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.Sources;
import dev.helpdesk.contracts.Topics;
import dev.helpdesk.contracts.alert.AlertEventTypes;
import dev.helpdesk.contracts.alert.AlertReceived;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.eventsourcing.MessageMetadata;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.OutgoingEvent;
import dev.helpdesk.testsupport.HttpProbe;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import dev.helpdesk.testsupport.TestIssuer;
import dev.helpdesk.testsupport.TopicProbe;
import dev.helpdesk.ticket.api.AssignTicket;
import dev.helpdesk.ticket.api.Channel;
import dev.helpdesk.ticket.api.Priority;
import dev.helpdesk.ticket.api.TicketStatus;
import dev.helpdesk.ticket.api.TicketType;
import dev.helpdesk.ticket.query.HistoryEntry;
import dev.helpdesk.ticket.query.TicketTimeline;
import dev.helpdesk.ticket.query.TicketView;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
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
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

/**
 * Monitoring alerts, sent on the channels topic as the customer service sends them, to a real
 * embedded broker: a firing alert opens its INCIDENT (channel MONITORING, priority from the severity),
 * once however often it arrives; its end resolves it with a note, or, when an agent has taken it over,
 * only tells them in an internal note; an unreadable record goes to the dead-letter topic.
 */
@OnEmbeddedInfrastructure
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class AlertIncidentsIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Instant STARTED = Instant.parse("2026-11-27T09:14:30Z");
    private static final Instant ENDED = Instant.parse("2026-11-27T09:44:30Z");
    private static final String INTEGRATION = "demo-integration";
    private static final String ALERT_TYPE = AlertEventTypes.RECEIVED;

    @Autowired
    private CommandGateway commands;

    @Autowired
    private TicketTimeline tickets;

    @Autowired
    private MeterRegistry meters;

    @Autowired
    private TestIssuer issuer;

    @LocalServerPort
    private int port;

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

    private static String fingerprint() {
        byte[] bytes = new byte[8];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static AlertReceived firing(String fingerprint, UUID incident, Map<String, String> labels) {
        return new AlertReceived(fingerprint, AlertReceived.FIRING, incident.toString(), labels.get("alertname"),
                labels, Map.of("summary", "Disk /srv on fileserver-01 is 95% full", "runbook_url",
                        "https://runbooks.example.com/disk-full"),
                STARTED, null, "http://prometheus.example.com/graph", "http://alertmanager.example.com", "helpdesk",
                INTEGRATION, Instant.now());
    }

    private static AlertReceived firing(String fingerprint, UUID incident) {
        return firing(fingerprint, incident, Map.of("alertname", "DiskAlmostFull", "severity", "critical",
                "instance", "fileserver-01:9100", "category", "storage"));
    }

    private static AlertReceived resolved(String fingerprint, UUID incident) {
        return new AlertReceived(fingerprint, AlertReceived.RESOLVED, incident.toString(), "DiskAlmostFull",
                Map.of("alertname", "DiskAlmostFull", "severity", "critical"), Map.of(), STARTED, ENDED, null, null,
                "helpdesk", INTEGRATION, Instant.now());
    }

    /** As the customer service publishes it: a structured CloudEvent keyed by the fingerprint. */
    private String send(AlertReceived alert, long sequence) {
        String id = UUID.randomUUID().toString();
        send(id, alert, sequence);
        return id;
    }

    private void send(String eventId, AlertReceived alert, long sequence) {
        kafka.send(new ProducerRecord<>(Topics.CHANNELS, alert.fingerprint(), codec.encode(new OutgoingEvent(eventId,
                Sources.CUSTOMER_SERVICE, ALERT_TYPE, alert.fingerprint(), alert.receivedAt(), sequence, null,
                alert))));
    }

    private TicketView awaitTicket(UUID incident) {
        await().atMost(PATIENCE).until(() -> tickets.current(incident).isPresent());
        return tickets.current(incident).orElseThrow();
    }

    private double counted(String outcome) {
        return meters.counter(ChannelEventDispatcher.EVENTS, "type", ALERT_TYPE, "outcome", outcome).count();
    }

    private void awaitCounted(String type, String outcome, double atLeast) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                meters.counter(ChannelEventDispatcher.EVENTS, "type", type, "outcome", outcome).count())
                .isGreaterThanOrEqualTo(atLeast));
    }

    @Test
    void aFiringAlertOpensItsIncidentOnceAndItsEndResolvesIt() {
        String fingerprint = fingerprint();
        UUID incident = UUID.randomUUID();
        double alreadyOpen = counted("already-open");
        AlertReceived fired = firing(fingerprint, incident);

        String eventId = send(fired, 1);
        send(eventId, fired, 1); // delivered again
        send(fired, 1); // the same occurrence published twice

        TicketView opened = awaitTicket(incident);
        assertThat(opened.type()).isEqualTo(TicketType.INCIDENT);
        assertThat(opened.channel()).isEqualTo(Channel.MONITORING);
        assertThat(opened.priority()).isEqualTo(Priority.P1);
        assertThat(opened.category()).isEqualTo("storage");
        assertThat(opened.subject()).isEqualTo("Disk /srv on fileserver-01 is 95% full");
        assertThat(opened.description()).contains("DiskAlmostFull", fingerprint, "- severity: critical",
                "- runbook_url: https://runbooks.example.com/disk-full", "Source: http://prometheus.example.com/graph");
        assertThat(opened.requesterId()).isEqualTo(INTEGRATION);
        assertThat(opened.tags()).containsExactly("monitoring", "DiskAlmostFull");
        awaitCounted(ALERT_TYPE, "already-open", alreadyOpen + 2);
        assertThat(tickets.history(incident, true)).extracting(HistoryEntry::type)
                .containsExactly(TicketEventTypes.OPENED);
        assertThat(tickets.history(incident, true).get(0).actorId()).isEqualTo(INTEGRATION);

        double notApplicable = counted("not-applicable");
        send(resolved(fingerprint, incident), 2);
        send(resolved(fingerprint, incident), 2); // delivered again: the ticket is resolved by then

        await().atMost(PATIENCE).until(() -> tickets.current(incident).orElseThrow().status() == TicketStatus.RESOLVED);
        TicketView resolved = tickets.current(incident).orElseThrow();
        assertThat(resolved.resolution().code()).isEqualTo("NO_ACTION_NEEDED");
        assertThat(resolved.resolution().note()).contains("DiskAlmostFull", "resolved at " + ENDED);
        awaitCounted(ALERT_TYPE, "not-applicable", notApplicable + 1);
        assertThat(tickets.history(incident, true)).extracting(HistoryEntry::type)
                .containsExactly(TicketEventTypes.OPENED, TicketEventTypes.RESOLVED);
    }

    @Test
    void theSeverityLabelSetsThePriority() {
        UUID warning = UUID.randomUUID();
        UUID info = UUID.randomUUID();
        UUID unknown = UUID.randomUUID();

        send(firing(fingerprint(), warning, Map.of("alertname", "HighLatency", "severity", "Warning")), 1);
        send(firing(fingerprint(), info, Map.of("alertname", "CertificateExpiresSoon", "severity", "info")), 1);
        send(firing(fingerprint(), unknown, Map.of("alertname", "Watchdog", "severity", "shrug")), 1);

        assertThat(awaitTicket(warning).priority()).isEqualTo(Priority.P3);
        assertThat(awaitTicket(info).priority()).isEqualTo(Priority.P4);
        TicketView defaulted = awaitTicket(unknown);
        assertThat(defaulted.priority()).isEqualTo(Priority.P3);
        assertThat(defaulted.category()).isNull();
        assertThat(defaulted.subject()).isEqualTo("Disk /srv on fileserver-01 is 95% full");
    }

    @Test
    void anIncidentAnAgentTookOverIsOnlyToldThatTheAlertResolved() {
        String fingerprint = fingerprint();
        UUID incident = UUID.randomUUID();
        send(firing(fingerprint, incident), 1);
        awaitTicket(incident);
        commands.sendAndWait(new AssignTicket(incident, null, "service-desk-l1", "demo-agent", "demo-agent"),
                MetaData.with(MessageMetadata.ACTOR_ID, "demo-agent"));
        double commented = counted("commented");

        String eventId = send(resolved(fingerprint, incident), 2);
        send(eventId, resolved(fingerprint, incident), 2); // delivered again

        awaitCounted(ALERT_TYPE, "commented", commented + 2);
        TicketView ticket = tickets.current(incident).orElseThrow();
        assertThat(ticket.status()).isEqualTo(TicketStatus.ASSIGNED);
        assertThat(ticket.resolution()).isNull();
        assertThat(ticket.comments()).hasSize(1);
        assertThat(ticket.comments().get(0).visibility()).isEqualTo("INTERNAL");
        assertThat(ticket.comments().get(0).body()).contains("DiskAlmostFull", "resolved at " + ENDED,
                "an agent has taken it over");
        assertThat(ticket.comments().get(0).authorId()).isEqualTo(INTEGRATION);
        assertThat(ticket.firstRespondedAt()).as("a system note is no response to the requester").isNull();
    }

    @Test
    void theEndOfAnAlertWithoutATicketIsCountedAndDropped() {
        double unknown = counted("unknown-ticket");

        send(resolved(fingerprint(), UUID.randomUUID()), 2);

        awaitCounted(ALERT_TYPE, "unknown-ticket", unknown + 1);
    }

    @Test
    void otherChannelEventsAreSkippedAndUnreadableRecordsAreDeadLettered() {
        String fingerprint = fingerprint();
        double other = meters.counter(ChannelEventDispatcher.EVENTS, "type", "other", "outcome", "other-type").count();
        double deadLettered = meters.counter(ChannelEventDispatcher.EVENTS, "type", "any", "outcome",
                "dead-lettered").count();

        kafka.send(new ProducerRecord<>(Topics.CHANNELS, fingerprint, codec.encode(new OutgoingEvent(
                UUID.randomUUID().toString(), Sources.CUSTOMER_SERVICE, "helpdesk.sms.received.v1", fingerprint,
                Instant.now(), 1, null, Map.of("number", "+15550100")))));
        kafka.send(new ProducerRecord<>(Topics.CHANNELS, fingerprint,
                "{\"not\": \"a cloudevent\"".getBytes(StandardCharsets.UTF_8)));
        AlertReceived noIncident = new AlertReceived(fingerprint, AlertReceived.FIRING, null, "DiskAlmostFull",
                Map.of("alertname", "DiskAlmostFull"), Map.of(), STARTED, null, null, null, null, INTEGRATION,
                Instant.now());
        send(noIncident, 1);

        awaitCounted("other", "other-type", other + 1);
        awaitCounted("any", "dead-lettered", deadLettered + 2);
        assertThat(kafka.everythingOn(Topics.deadLetterOf(Topics.CHANNELS)))
                .extracting(record -> record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8))
                .contains(fingerprint);
    }

    @Test
    void theServiceIsReadyOnlyWithBothTheSlaAndTheChannelsConsumersInTheirGroups() {
        await().atMost(PATIENCE).untilAsserted(() -> {
            HttpProbe.Reply readiness = HttpProbe.onLocalPort(port).get("/actuator/health/readiness",
                    issuer.admin("an-admin"));
            assertThat(readiness.status()).as(readiness.toString()).isEqualTo(200);
            assertThat(readiness.<String>json("$.components.slaConsumer.status")).isEqualTo("UP");
            assertThat(readiness.<String>json("$.components.channelsConsumer.status")).isEqualTo("UP");
        });
    }
}
