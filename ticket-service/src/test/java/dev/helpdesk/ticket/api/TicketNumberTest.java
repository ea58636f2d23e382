package dev.helpdesk.ticket.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TicketNumberTest {

    @Test
    void numbersArePaddedToSixDigitsAndReadBack() {
        assertThat(new TicketNumber(42)).hasToString("HD-000042");
        assertThat(TicketNumber.parse("HD-000042")).isEqualTo(new TicketNumber(42));
    }

    @Test
    void numbersBeyondSixDigitsKeepGrowing() {
        assertThat(new TicketNumber(1_234_567)).hasToString("HD-1234567");
        assertThat(TicketNumber.parse("HD-1234567").value()).isEqualTo(1_234_567);
    }

    @Test
    void somethingElseIsNotATicketNumber() {
        assertThatThrownBy(() -> TicketNumber.parse("HD-42")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new TicketNumber(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
