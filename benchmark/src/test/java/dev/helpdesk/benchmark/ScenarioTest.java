package dev.helpdesk.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ScenarioTest {

    @Test
    void aScenarioIsNamedByItsLabelInAnyCase() {
        assertThat(Scenario.of("long-ticket")).isEqualTo(Scenario.LONG_TICKET);
        assertThat(Scenario.of("Long-Ticket")).isEqualTo(Scenario.LONG_TICKET);
        assertThat(Scenario.of("CREATE")).isEqualTo(Scenario.CREATE);
        assertThat(Scenario.LONG_TICKET.label()).isEqualTo("long-ticket");
        assertThatThrownBy(() -> Scenario.of("LONG_TICKET")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theLabelsAreListedForMessages() {
        assertThat(Scenario.labels()).isEqualTo("create, lifecycle, long-ticket, search or reports");
    }

    @Test
    void theLongTicketScenarioExpectsNothingOnKafka() {
        assertThat(Scenario.LONG_TICKET.expectedEventTypes()).isEmpty();
        assertThat(Scenario.LONG_TICKET.commands()).containsExactly(Command.PRIORITY, Command.READ);
    }
}
