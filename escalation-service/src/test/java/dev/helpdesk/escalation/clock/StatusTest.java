package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.AROUND_THE_CLOCK;
import static dev.helpdesk.escalation.clock.Clocks.P1;
import static dev.helpdesk.escalation.clock.Clocks.T0;
import static dev.helpdesk.escalation.clock.Clocks.d;
import static dev.helpdesk.escalation.clock.Clocks.fraction;
import static dev.helpdesk.escalation.clock.Clocks.t;
import static dev.helpdesk.escalation.clock.TargetKind.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What {@code GET /sla/tickets/{ticketId}} shows of each target. */
class StatusTest {

    private final SlaClock p1 = SlaClock.started(T0, P1, AROUND_THE_CLOCK).firstResponded(t("PT5M")).clock();

    @Test
    void aBreachedTargetKeepsCountingAndItsRemainingTimeGoesNegative() {
        SlaClock breached = p1.fireDue(t("PT4H")).clock();

        TargetStatus status = breached.status(RESOLUTION, t("PT5H30M"));

        assertThat(status.breached()).isTrue();
        assertThat(status.breachedAt()).isEqualTo(t("PT4H"));
        assertThat(status.stopped()).isFalse();
        assertThat(status.met()).isNull();
        assertThat(status.elapsed()).isEqualTo(d("PT5H30M"));
        assertThat(status.remaining()).isEqualTo(d("-PT1H30M"));
        assertThat(status.dueAt()).isEqualTo(t("PT4H"));
    }

    @Test
    void statusCountsAThresholdDueByThenAsReachedEvenBeforeItsTimerFired() {
        TargetStatus status = p1.status(RESOLUTION, t("PT4H").plusMillis(500));

        assertThat(status.breached()).isTrue();
        assertThat(status.breachedAt()).isEqualTo(t("PT4H"));
        assertThat(status.warnings()).containsExactly(
                new ReachedThreshold(fraction("0.75"), t("PT3H")),
                new ReachedThreshold(fraction("0.9"), t("PT3H36M")));
        assertThat(p1.nextDue()).as("asking changes nothing").contains(t("PT3H"));
    }

    @Test
    void justBeforeTheDueInstantOneNanosecondRemains() {
        TargetStatus status = p1.status(RESOLUTION, t("PT4H").minusNanos(1));

        assertThat(status.breached()).isFalse();
        assertThat(status.remaining()).isEqualTo(d("PT0.000000001S"));
        assertThat(status.warnings()).hasSize(2);
    }

    @Test
    void anOpenTargetHasNoOutcomeYetAndNoWarningsBeforeTheFirst() {
        TargetStatus status = p1.status(RESOLUTION, t("PT1H"));

        assertThat(status.kind()).isEqualTo(RESOLUTION);
        assertThat(status.met()).isNull();
        assertThat(status.breached()).isFalse();
        assertThat(status.breachedAt()).isNull();
        assertThat(status.warnings()).isEmpty();
        assertThat(status.paused()).isFalse();
    }
}
