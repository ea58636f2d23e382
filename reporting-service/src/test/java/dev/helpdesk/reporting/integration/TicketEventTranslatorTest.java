package dev.helpdesk.reporting.integration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.contracts.ticket.TicketEventTypes;
import dev.helpdesk.platform.events.CloudEventCodec;
import dev.helpdesk.platform.events.MalformedEventException;
import dev.helpdesk.reporting.TicketEventRecords;
import dev.helpdesk.reporting.query.TicketFacts;
import dev.helpdesk.reporting.query.TicketFactsChange;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TicketEventTranslatorTest {

    private static final String TICKET = "7d1c2b3a-0000-4000-8000-00000000000a";

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

    private Optional<TicketFactsChange> changeOf(byte[] record) {
        return translator.changeOf(codec.decode(record));
    }

    private void assertMalformed(byte[] record, String reason) {
        assertThatThrownBy(() -> changeOf(record))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining(reason);
    }
}
