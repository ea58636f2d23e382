package dev.helpdesk.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.helpdesk.contracts.ticket.TicketAssigned;
import dev.helpdesk.contracts.ticket.TicketCancelled;
import dev.helpdesk.contracts.ticket.TicketClosed;
import dev.helpdesk.contracts.ticket.TicketEscalated;
import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.contracts.ticket.TicketPended;
import dev.helpdesk.contracts.ticket.TicketPriorityChanged;
import dev.helpdesk.contracts.ticket.TicketReopened;
import dev.helpdesk.contracts.ticket.TicketResolved;
import dev.helpdesk.contracts.ticket.TicketSatisfactionRated;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.reporting.TicketEventRecords;
import dev.helpdesk.reporting.query.TicketFacts;
import dev.helpdesk.reporting.query.TicketFactsChange;
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
    void theContractSampleBecomesAChangeOfItsTicketAtItsSequence() {
        TicketFactsChange change = changeOf(TicketEventRecords.contractSample()).orElseThrow();

        assertThat(change.ticketId()).isEqualTo(TicketEventRecords.SAMPLE_TICKET_ID);
        assertThat(change.eventId()).isEqualTo("5b1f3f0e-8a51-4c40-9d53-0c9a3c1b7e21");
        assertThat(change.sequence()).isEqualTo(1);
        assertThat(change.fields())
                .containsEntry(TicketFacts.NUMBER, "HD-000042")
                .containsEntry(TicketFacts.TYPE, "INCIDENT")
                .containsEntry(TicketFacts.CHANNEL, "PHONE")
                .containsEntry(TicketFacts.CATEGORY, "network")
                .containsEntry(TicketFacts.PRIORITY, "P2")
                .containsEntry(TicketFacts.STATUS, "NEW")
                .containsEntry(TicketFacts.OPENED_AT, Instant.parse("2026-11-27T09:15:02.123Z"));
    }

    @ParameterizedTest
    @ValueSource(strings = {TicketEventTypes.OPENED, TicketEventTypes.UPDATED, TicketEventTypes.PRIORITY_CHANGED,
            TicketEventTypes.ASSIGNED, TicketEventTypes.WORK_STARTED, TicketEventTypes.COMMENT_ADDED,
            TicketEventTypes.PENDED, TicketEventTypes.RESUMED, TicketEventTypes.ESCALATED, TicketEventTypes.LINKED,
            TicketEventTypes.INCIDENT_LINKED, TicketEventTypes.RESOLVED, TicketEventTypes.REOPENED, TicketEventTypes.CLOSED, TicketEventTypes.CANCELLED,
            TicketEventTypes.SATISFACTION_RATED})
    void everyContractSampleBecomesAChangeOfItsTicketAtItsSequenceSettingItsStatus(String type) throws IOException {
        byte[] record = TicketEventRecords.contractSample(type);
        JsonNode sample = new ObjectMapper().readTree(record);

        TicketFactsChange change = changeOf(record).orElseThrow();

        assertThat(change.ticketId()).isEqualTo(sample.get("subject").asText());
        assertThat(change.eventId()).isEqualTo(sample.get("id").asText());
        assertThat(change.sequence()).isEqualTo(sample.get("sequence").asLong());
        assertThat(change.fields()).containsEntry(TicketFacts.STATUS, sample.get("data").get("status").asText());
    }

    @Test
    void anAssignmentSetsGroupAndAssigneeAndOneToAQueueOnlyTakesTheAssigneeOff() {
        TicketFactsChange toAgent = lifecycleChange(TicketEventTypes.ASSIGNED,
                new TicketAssigned(TICKET, "ASSIGNED", "service-desk-l1", "agent-anna", "demo-supervisor", AT));
        TicketFactsChange toQueue = lifecycleChange(TicketEventTypes.ASSIGNED,
                new TicketAssigned(TICKET, "NEW", "service-desk-l1", null, "demo-supervisor", AT));

        assertThat(toAgent.fields()).containsEntry(TicketFacts.GROUP_ID, "service-desk-l1")
                .containsEntry(TicketFacts.ASSIGNEE_ID, "agent-anna").containsEntry(TicketFacts.STATUS, "ASSIGNED");
        assertThat(toQueue.fields()).containsEntry(TicketFacts.ASSIGNEE_ID, null).containsEntry(TicketFacts.STATUS, "NEW");
    }

    @Test
    void anEscalationToAGroupMovesTheTicketThereWithoutAssigneeAndAHierarchicalOneMovesNothing() {
        TicketFactsChange functional = lifecycleChange(TicketEventTypes.ESCALATED,
                new TicketEscalated(TICKET, "NEW", "Needs network", "service-desk-l1", "network-l2", "agent-anna", AT,
                        null, null));
        TicketFactsChange hierarchical = lifecycleChange(TicketEventTypes.ESCALATED,
                new TicketEscalated(TICKET, "IN_PROGRESS", "Slow", "service-desk-l1", null, "agent-anna", AT, null,
                        null));

        assertThat(functional.fields()).containsEntry(TicketFacts.GROUP_ID, "network-l2")
                .containsEntry(TicketFacts.ASSIGNEE_ID, null).containsEntry(TicketFacts.STATUS, "NEW");
        assertThat(hierarchical.fields()).containsOnlyKeys(TicketFacts.STATUS);
    }

    @Test
    void aPriorityChangeSetsThePriority() {
        TicketFactsChange change = lifecycleChange(TicketEventTypes.PRIORITY_CHANGED,
                new TicketPriorityChanged(TICKET, "NEW", "HIGH", "HIGH", "P1", "demo-agent", AT));

        assertThat(change.fields()).containsEntry(TicketFacts.PRIORITY, "P1");
    }

    @Test
    void aResolutionRecordsWhenAndHowAndAddsItsMomentToTheResolutions() {
        TicketFactsChange change = lifecycleChange(TicketEventTypes.RESOLVED,
                new TicketResolved(TICKET, "RESOLVED", "FIXED", "New firmware", null, "agent-ben", AT));

        assertThat(change.fields()).containsEntry(TicketFacts.RESOLVED_AT, AT)
                .containsEntry(TicketFacts.RESOLUTION_CODE, "FIXED").containsEntry(TicketFacts.STATUS, "RESOLVED");
        assertThat(change.appendedTimes()).containsExactly(entry(TicketFacts.RESOLVED_TIMES, AT));
    }

    @Test
    void aReopeningAddsItsMomentAndCountsOnce() {
        TicketFactsChange change = lifecycleChange(TicketEventTypes.REOPENED,
                new TicketReopened(TICKET, "IN_PROGRESS", "Still broken", "demo-customer", AT));

        assertThat(change.appendedTimes()).containsExactly(entry(TicketFacts.REOPENED_TIMES, AT));
        assertThat(change.incremented()).containsExactly(TicketFacts.REOPEN_COUNT);
        assertThat(change.fields()).containsEntry(TicketFacts.STATUS, "IN_PROGRESS");
    }

    @Test
    void aClosingAndACancellationRecordTheirMoment() {
        TicketFactsChange closed = lifecycleChange(TicketEventTypes.CLOSED,
                new TicketClosed(TICKET, "CLOSED", null, null, AT));
        TicketFactsChange cancelled = lifecycleChange(TicketEventTypes.CANCELLED,
                new TicketCancelled(TICKET, "CANCELLED", "Twice", "demo-agent", AT));

        assertThat(closed.fields()).containsEntry(TicketFacts.CLOSED_AT, AT).containsEntry(TicketFacts.STATUS, "CLOSED");
        assertThat(cancelled.fields()).containsEntry(TicketFacts.CANCELLED_AT, AT)
                .containsEntry(TicketFacts.STATUS, "CANCELLED");
    }

    @Test
    void aSatisfactionRatingIsKept() {
        TicketFactsChange change = lifecycleChange(TicketEventTypes.SATISFACTION_RATED,
                new TicketSatisfactionRated(TICKET, "CLOSED", "c-1", 4, null, "demo-customer", AT));

        assertThat(change.fields()).containsEntry(TicketFacts.SATISFACTION_RATING, 4);
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
    void anEventOfATypeNewerThanThisServiceAsksForNoChange() {
        assertThat(changeOf(TicketEventRecords.ofType("helpdesk.ticket.teleported.v1", TICKET, 3))).isEmpty();
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

    private TicketFactsChange lifecycleChange(String type, Object data) {
        return changeOf(TicketEventRecords.event(type, TICKET, 5, data, AT)).orElseThrow();
    }

    private Optional<TicketFactsChange> changeOf(byte[] record) {
        return translator.changeOf(codec.decode(record));
    }

    private void assertMalformed(byte[] record, String reason) {
        assertThatThrownBy(() -> changeOf(record))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(reason);
    }
}
