package dev.helpdesk.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.helpdesk.contracts.sla.SlaAutoCloseRequested;
import dev.helpdesk.contracts.sla.SlaEventTypes;
import dev.helpdesk.contracts.sla.SlaPendingReminder;
import dev.helpdesk.contracts.sla.SlaTargetStopped;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.testsupport.OnEmbeddedInfrastructure;
import io.cloudevents.CloudEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The follow-ups of issue #4 on real parts, with rules in seconds: a resolved ticket's auto-close
 * request and a pending ticket's reminders reach helpdesk.sla.v1 within 2 s of falling due, once
 * each, numbered on in the ticket's SLA events.
 */
@OnEmbeddedInfrastructure
@TestPropertySource(properties = {"helpdesk.sla.auto-close-after=PT2S", "helpdesk.sla.pending-reminder-every=PT1S",
        "helpdesk.sla.pending-reminders=2"})
@DirtiesContext // stops this class's broker and Mongo server now, not in a race with JVM exit
class FollowUpsIntegrationTest {

    private static final CloudEventCodec CODEC = new CloudEventCodec();
    private static final Duration ON_TIME = Duration.ofSeconds(2);

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    private TicketsTopic tickets;

    @BeforeEach
    void connect() {
        tickets = new TicketsTopic(bootstrapServers);
    }

    @AfterEach
    void disconnect() {
        tickets.close();
    }

    @Test
    void aResolvedTicketIsToBeClosedOnceItsReopenWindowIsOver() {
        Instant resolvedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<SlaTopic.Arrival> arrived;
        TicketsTopic.Story ticket;
        try (SlaTopic sla = new SlaTopic(bootstrapServers)) {
            // P5 business hours: no SLA threshold falls due within the test
            ticket = tickets.newTicket().opened("P5", resolvedAt.minusSeconds(1))
                    .then(TicketEventTypes.RESOLVED, resolvedAt, (id, at) -> new TicketResolved(id, "RESOLVED", "FIXED",
                            "Restarted", null, "agent-anna", at));
            // the resolution stops both targets at once (D97), the auto-close follows
            await().atMost(Duration.ofSeconds(20)).until(() -> sla.keyed(ticket.ticketId()).size() >= 3);
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true); // nothing more may come
            arrived = sla.keyed(ticket.ticketId());
        }

        assertThat(arrived).hasSize(3);
        for (int i = 0; i < 2; i++) {
            CloudEvent stop = CODEC.decode(arrived.get(i).record().value());
            assertThat(stop.getType()).isEqualTo(SlaEventTypes.TARGET_STOPPED);
            assertThat(CloudEventCodec.sequenceOf(stop)).isEqualTo(i + 1);
            SlaTargetStopped data = CODEC.dataOf(stop, SlaTargetStopped.class);
            assertThat(data.target()).isEqualTo(i == 0 ? "FIRST_RESPONSE" : "RESOLUTION");
            assertThat(data.met()).isTrue();
            assertThat(data.wallElapsed()).isEqualTo("PT1S");
            assertThat(data.stoppedAt()).isEqualTo(resolvedAt);
        }
        CloudEvent event = CODEC.decode(arrived.get(2).record().value());
        Instant due = resolvedAt.plusSeconds(2);
        assertThat(event.getType()).isEqualTo(SlaEventTypes.AUTO_CLOSE_REQUESTED);
        assertThat(event.getId()).isEqualTo(ticket.ticketId() + ":auto-close:" + resolvedAt);
        assertThat(event.getTime().toInstant()).isEqualTo(due);
        assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(3);
        assertThat(CODEC.dataOf(event, SlaAutoCloseRequested.class))
                .isEqualTo(new SlaAutoCloseRequested(ticket.ticketId(), resolvedAt, due));
        assertThat(arrived.get(2).arrivedAt()).isBeforeOrEqualTo(due.plus(ON_TIME));
    }

    @Test
    void aPendingTicketIsRemindedEveryIntervalUpToTheLimit() {
        Instant pendedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        List<SlaTopic.Arrival> arrived;
        TicketsTopic.Story ticket;
        try (SlaTopic sla = new SlaTopic(bootstrapServers)) {
            ticket = tickets.newTicket().opened("P5", pendedAt.minusSeconds(1))
                    .then(TicketEventTypes.PENDED, pendedAt, (id, at) -> new TicketPended(id, "PENDING",
                            "Waiting for the log", "agent-anna", at));
            await().atMost(Duration.ofSeconds(20)).until(() -> sla.keyed(ticket.ticketId()).size() >= 2);
            await().pollDelay(Duration.ofSeconds(2)).until(() -> true); // a third would be due by now
            arrived = sla.keyed(ticket.ticketId());
        }

        assertThat(arrived).hasSize(2);
        for (int i = 0; i < 2; i++) {
            CloudEvent event = CODEC.decode(arrived.get(i).record().value());
            Instant due = pendedAt.plusSeconds(i + 1);
            assertThat(event.getType()).isEqualTo(SlaEventTypes.PENDING_REMINDER);
            assertThat(CloudEventCodec.sequenceOf(event)).isEqualTo(i + 1);
            assertThat(CODEC.dataOf(event, SlaPendingReminder.class))
                    .isEqualTo(new SlaPendingReminder(ticket.ticketId(), pendedAt, i + 1, due));
            assertThat(arrived.get(i).arrivedAt()).isBeforeOrEqualTo(due.plus(ON_TIME));
        }
    }
}
