package dev.helpdesk.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketCancelled;
import dev.helpdesk.contracts.ticket.TicketClosed;
import dev.helpdesk.contracts.ticket.TicketCommentAdded;
import dev.helpdesk.contracts.ticket.TicketEscalated;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketPriorityChanged;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketSatisfactionRated;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.reporting.TicketEventRecords;
import dev.helpdesk.reporting.query.TicketEvent;
import dev.helpdesk.reporting.query.TicketEvent.Detail;
import dev.helpdesk.reporting.query.TicketEvent.Kind;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TicketEventTranslatorTest {

    private static final String TICKET = "7d1c2b3a-0000-4000-8000-00000000000a";
    private static final Instant AT = Instant.parse("2026-11-27T11:30:21.409Z");

    private final CloudEventCodec codec = new CloudEventCodec();
    private final TicketEventTranslator translator = new TicketEventTranslator(codec);

    @Test
    void theContractSampleBecomesAnOpenedEventOfItsTicketAtItsSequence() {
        TicketEvent event = translated(TicketEventRecords.contractSample()).orElseThrow();

        assertThat(event.ticketId()).isEqualTo(TicketEventRecords.SAMPLE_TICKET_ID);
        assertThat(event.eventId()).isEqualTo("5b1f3f0e-8a51-4c40-9d53-0c9a3c1b7e21");
        assertThat(event.sequence()).isEqualTo(1);
        assertThat(event.kind()).isEqualTo(Kind.OPENED);
        assertThat(event.status()).isEqualTo("NEW");
        assertThat(event.at()).isEqualTo(Instant.parse("2026-11-27T09:15:02.123Z"));
        assertThat(event.details()).containsOnly(entry(Detail.NUMBER, "HD-000042"), entry(Detail.TYPE, "INCIDENT"),
                entry(Detail.CHANNEL, "PHONE"), entry(Detail.CATEGORY, "network"), entry(Detail.PRIORITY, "P2"),
                entry(Detail.SUBJECT, "VPN drops every 10 minutes"),
                entry(Detail.REQUESTER_ID, "c0000000-0000-4000-8000-000000000001"),
                entry(Detail.ASSET_ID, "5d1f0c2e-7a3b-4c6d-9e8f-0a1b2c3d4e5f"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TicketEventTypes.OPENED, TicketEventTypes.UPDATED, TicketEventTypes.PRIORITY_CHANGED,
            TicketEventTypes.ASSIGNED, TicketEventTypes.WORK_STARTED, TicketEventTypes.COMMENT_ADDED,
            TicketEventTypes.PENDED, TicketEventTypes.RESUMED, TicketEventTypes.ESCALATED, TicketEventTypes.LINKED,
            TicketEventTypes.INCIDENT_LINKED, TicketEventTypes.RESOLVED, TicketEventTypes.REOPENED, TicketEventTypes.CLOSED, TicketEventTypes.CANCELLED,
            TicketEventTypes.SATISFACTION_RATED})
    void everyContractSampleBecomesAnEventOfItsTicketAtItsSequenceWithItsStatus(String type) throws IOException {
        byte[] record = TicketEventRecords.contractSample(type);
        JsonNode sample = new ObjectMapper().readTree(record);

        TicketEvent event = translated(record).orElseThrow();

        assertThat(event.ticketId()).isEqualTo(sample.get("subject").asText());
        assertThat(event.eventId()).isEqualTo(sample.get("id").asText());
        assertThat(event.sequence()).isEqualTo(sample.get("sequence").asLong());
        assertThat(event.status()).isEqualTo(sample.get("data").get("status").asText());
        assertThat(event.at()).isNotNull();
    }

    @Test
    void anAssignmentCarriesGroupAndAssigneeAndOneToAQueueNoAssignee() {
        TicketEvent toAgent = lifecycleEvent(TicketEventTypes.ASSIGNED,
                new TicketAssigned(TICKET, "ASSIGNED", "service-desk-l1", "agent-anna", "demo-supervisor", AT));
        TicketEvent toQueue = lifecycleEvent(TicketEventTypes.ASSIGNED,
                new TicketAssigned(TICKET, "NEW", "service-desk-l1", null, "demo-supervisor", AT));

        assertThat(toAgent.details()).containsOnly(entry(Detail.GROUP_ID, "service-desk-l1"),
                entry(Detail.ASSIGNEE_ID, "agent-anna"));
        assertThat(toAgent.by()).isEqualTo("demo-supervisor");
        assertThat(toQueue.details()).containsOnly(entry(Detail.GROUP_ID, "service-desk-l1"));
        assertThat(toQueue.status()).isEqualTo("NEW");
    }

    @Test
    void anEscalationCarriesTheGroupItMovedToIfAny() {
        TicketEvent functional = lifecycleEvent(TicketEventTypes.ESCALATED,
                new TicketEscalated(TICKET, "NEW", "Needs network", "service-desk-l1", "network-l2", "agent-anna", AT,
                        null, null));
        TicketEvent hierarchical = lifecycleEvent(TicketEventTypes.ESCALATED,
                new TicketEscalated(TICKET, "IN_PROGRESS", "Slow", "service-desk-l1", null, "agent-anna", AT, null,
                        null));

        assertThat(functional.details()).containsOnly(entry(Detail.TO_GROUP_ID, "network-l2"));
        assertThat(hierarchical.details()).isEmpty();
        assertThat(hierarchical.kind()).isEqualTo(Kind.ESCALATED);
    }

    @Test
    void aPriorityChangeCarriesThePriority() {
        TicketEvent event = lifecycleEvent(TicketEventTypes.PRIORITY_CHANGED,
                new TicketPriorityChanged(TICKET, "NEW", "HIGH", "HIGH", "P1", "demo-agent", AT));

        assertThat(event.details()).containsOnly(entry(Detail.PRIORITY, "P1"));
    }

    @Test
    void aResolutionCarriesItsCodeItsMomentAndWhoResolved() {
        TicketEvent event = lifecycleEvent(TicketEventTypes.RESOLVED,
                new TicketResolved(TICKET, "RESOLVED", "FIXED", "New firmware", null, "agent-ben", AT));

        assertThat(event.kind()).isEqualTo(Kind.RESOLVED);
        assertThat(event.at()).isEqualTo(AT);
        assertThat(event.by()).isEqualTo("agent-ben");
        assertThat(event.details()).containsOnly(entry(Detail.RESOLUTION_CODE, "FIXED"));
    }

    @Test
    void aCommentSaysWhetherItWasTheFirstResponse() {
        TicketEvent first = lifecycleEvent(TicketEventTypes.COMMENT_ADDED, new TicketCommentAdded(TICKET,
                "IN_PROGRESS", "c-1", "agent-anna", "AGENT", "PUBLIC", "Try this", true, "agent-anna", AT));
        TicketEvent later = lifecycleEvent(TicketEventTypes.COMMENT_ADDED, new TicketCommentAdded(TICKET,
                "IN_PROGRESS", "c-2", "agent-anna", "AGENT", "INTERNAL", null, false, "agent-anna", AT));

        assertThat(first.details()).containsOnly(entry(Detail.FIRST_RESPONSE, "true"));
        assertThat(later.details()).containsOnly(entry(Detail.FIRST_RESPONSE, "false"));
    }

    @Test
    void aClosingAndACancellationCarryTheirMoment() {
        TicketEvent closed = lifecycleEvent(TicketEventTypes.CLOSED, new TicketClosed(TICKET, "CLOSED", null, null, AT));
        TicketEvent cancelled = lifecycleEvent(TicketEventTypes.CANCELLED,
                new TicketCancelled(TICKET, "CANCELLED", "Twice", "demo-agent", AT));

        assertThat(closed.kind()).isEqualTo(Kind.CLOSED);
        assertThat(closed.at()).isEqualTo(AT);
        assertThat(cancelled.kind()).isEqualTo(Kind.CANCELLED);
        assertThat(cancelled.status()).isEqualTo("CANCELLED");
    }

    @Test
    void aSatisfactionRatingCarriesTheRating() {
        TicketEvent event = lifecycleEvent(TicketEventTypes.SATISFACTION_RATED,
                new TicketSatisfactionRated(TICKET, "CLOSED", "c-1", 4, null, "demo-customer", AT));

        assertThat(event.details()).containsOnly(entry(Detail.RATING, "4"));
    }

    @Test
    void aRatingOutsideOneToFiveIsMalformed() {
        assertMalformed(TicketEventRecords.event(TicketEventTypes.SATISFACTION_RATED, TICKET, 4,
                new TicketSatisfactionRated(TICKET, "CLOSED", "c-1", 9, null, "demo-customer", AT), AT), "outside 1 to 5");
    }

    @Test
    void aLifecycleEventWithoutTheStatusAfterItIsMalformed() {
        assertMalformed(TicketEventRecords.event(TicketEventTypes.PENDED, TICKET, 4,
                new TicketPended(TICKET, null, "Waiting", "agent-anna", AT), AT), "has no status");
    }

    @Test
    void aResolutionWithoutItsMomentIsMalformedBecauseItCannotBeCountedInAPeriod() {
        assertMalformed(TicketEventRecords.event(TicketEventTypes.RESOLVED, TICKET, 4,
                new TicketResolved(TICKET, "RESOLVED", "FIXED", "Done", null, "agent-anna", null), AT), "has no at");
    }

    @Test
    void aLifecycleEventAboutAnotherTicketThanItsDataIsMalformed() {
        assertMalformed(TicketEventRecords.event(TicketEventTypes.CLOSED, TICKET, 4,
                new TicketClosed("someone-else", "CLOSED", null, null, AT), AT), "its data names ticket someone-else");
    }

    @Test
    void anEventOfATypeNewerThanThisServiceIsNotTranslated() {
        assertThat(translated(TicketEventRecords.ofType("helpdesk.ticket.teleported.v1", TICKET, 3))).isEmpty();
    }

    @Test
    void anEventWithoutSubjectIsMalformed() {
        assertMalformed(TicketEventRecords.envelope(TicketEventTypes.OPENED, null, 1L, "{}"), "no subject");
    }

    @Test
    void anEventWithoutSequenceIsMalformedBecauseItCannotBeOrdered() {
        assertMalformed(TicketEventRecords.envelope(TicketEventTypes.OPENED, TICKET, null, "{}"), "no sequence");
    }

    @Test
    void anOpenedEventAboutAnotherTicketThanItsDataIsMalformed() {
        byte[] record = TicketEventRecords.envelope(TicketEventTypes.OPENED, TICKET, 1L,
                "{\"ticketId\":\"someone-else\",\"status\":\"NEW\",\"priority\":\"P1\",\"openedAt\":\"2026-11-27T09:15:02Z\"}");

        assertMalformed(record, "its data names ticket someone-else");
    }

    @Test
    void anOpenedEventWithoutThePriorityReportsCountByIsMalformed() {
        byte[] record = TicketEventRecords.envelope(TicketEventTypes.OPENED, TICKET, 1L,
                "{\"ticketId\":\"" + TICKET + "\",\"status\":\"NEW\",\"openedAt\":\"2026-11-27T09:15:02Z\"}");

        assertMalformed(record, "has no priority");
    }

    @Test
    void anOpenedEventWhoseDataDoesNotReadAsTicketOpenedIsMalformed() {
        assertMalformed(TicketEventRecords.openedWithUnreadableData(TICKET), "is not a TicketOpened");
    }

    private TicketEvent lifecycleEvent(String type, Object data) {
        return translated(TicketEventRecords.event(type, TICKET, 5, data, AT)).orElseThrow();
    }

    private Optional<TicketEvent> translated(byte[] record) {
        return translator.translate(codec.decode(record));
    }

    private void assertMalformed(byte[] record, String reason) {
        assertThatThrownBy(() -> translated(record))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(reason);
    }
}
