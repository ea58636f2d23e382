package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FreshTicketTest {

    @Test
    void aFreshTicketIsUsedUpAfterItsShareOfNotesAndStartsOverWhenReplaced() {
        FreshTicket fresh = new FreshTicket("t-1");
        for (int i = 1; i < FreshTicket.NOTES; i++) {
            fresh.noted();
        }
        assertThat(fresh.used()).isFalse();

        fresh.noted();
        assertThat(fresh.used()).isTrue();

        fresh.replace("t-2");
        assertThat(fresh.id()).isEqualTo("t-2");
        assertThat(fresh.used()).isFalse();
    }

    @Test
    void itStaysNewAndItsReplacementsFallOnBothKindsOfRound() {
        // opened and assigned: 2 events, then its notes
        assertThat(2 + FreshTicket.NOTES).isLessThanOrEqualTo(11);
        // with one client a replacement comes every NOTES rounds: an odd period alternates the first kind
        assertThat(TicketKind.firstIn(1 + FreshTicket.NOTES)).isNotEqualTo(TicketKind.firstIn(1 + 2 * FreshTicket.NOTES));
    }

    @Test
    void theKindsTakeTurnsAtGoingFirst() {
        assertThat(TicketKind.firstIn(1)).isEqualTo(TicketKind.LONG);
        assertThat(TicketKind.firstIn(2)).isEqualTo(TicketKind.FRESH);
        assertThat(TicketKind.firstIn(3)).isEqualTo(TicketKind.LONG);
        assertThat(TicketKind.LONG.other()).isEqualTo(TicketKind.FRESH);
        assertThat(TicketKind.FRESH.other()).isEqualTo(TicketKind.LONG);
    }
}
