package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.AROUND_THE_CLOCK;
import static dev.helpdesk.escalation.clock.Clocks.BERLIN_OFFICE;
import static dev.helpdesk.escalation.clock.Clocks.P1;
import static dev.helpdesk.escalation.clock.Clocks.P2;
import static dev.helpdesk.escalation.clock.Clocks.T0;
import static dev.helpdesk.escalation.clock.Clocks.t;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A stored and restored clock is the same clock: it answers and goes on exactly as the original. */
class SlaClockStateTest {

    @Test
    void aClockInEveryStateIsRestoredEqual() {
        List<UnaryOperator<SlaClock>> histories = List.of(
                clock -> clock,
                clock -> clock.paused(t("PT10M")).clock(),
                clock -> clock.firstResponded(t("PT5M")).clock().paused(t("PT1H")).clock().resumed(t("PT2H")).clock(),
                clock -> clock.fireDue(t("PT5H")).clock(),
                clock -> clock.resolved(t("PT3H")).clock().reopened(t("PT4H")).clock(),
                clock -> clock.retargeted(t("PT20M"), P2, BERLIN_OFFICE).clock(),
                clock -> clock.cancelled(t("PT1H")).clock());

        for (UnaryOperator<SlaClock> history : histories) {
            SlaClock original = history.apply(SlaClock.started(T0, P1, AROUND_THE_CLOCK));

            SlaClock restored = SlaClock.restored(original.state(), original.calendar());

            assertThat(restored).isEqualTo(original);
            assertThat(restored.nextDue()).isEqualTo(original.nextDue());
            assertThat(restored.status(TargetKind.RESOLUTION, t("PT6H")))
                    .isEqualTo(original.status(TargetKind.RESOLUTION, t("PT6H")));
        }
    }

    @Test
    void aRestoredClockGoesOnLikeTheOriginal() {
        SlaClock original = SlaClock.started(T0, P1, AROUND_THE_CLOCK).paused(t("PT10M")).clock();
        SlaClock restored = SlaClock.restored(original.state(), AROUND_THE_CLOCK);

        assertThat(restored.resumed(t("PT1H10M"))).isEqualTo(original.resumed(t("PT1H10M")));
        assertThat(restored.resumed(t("PT1H10M")).clock().timers())
                .isEqualTo(original.resumed(t("PT1H10M")).clock().timers());
    }
}
