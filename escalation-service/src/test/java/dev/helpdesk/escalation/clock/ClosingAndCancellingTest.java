package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.AROUND_THE_CLOCK;
import static dev.helpdesk.escalation.clock.Clocks.P1;
import static dev.helpdesk.escalation.clock.Clocks.P2;
import static dev.helpdesk.escalation.clock.Clocks.T0;
import static dev.helpdesk.escalation.clock.Clocks.d;
import static dev.helpdesk.escalation.clock.Clocks.fraction;
import static dev.helpdesk.escalation.clock.Clocks.t;
import static dev.helpdesk.escalation.clock.TargetKind.FIRST_RESPONSE;
import static dev.helpdesk.escalation.clock.TargetKind.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.clock.ClockOutcome.Breached;
import dev.helpdesk.escalation.clock.ClockOutcome.WarningReached;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Closed and cancelled are final: the clock stops for good. */
class ClosingAndCancellingTest {

    private final SlaClock p1 = SlaClock.started(T0, P1, AROUND_THE_CLOCK);

    @Test
    void cancellingStopsBothTargetsWithoutAnOutcome() {
        ClockChange cancelled = p1.cancelled(t("PT10M"));

        assertThat(cancelled.outcomes()).isEmpty();
        assertThat(cancelled.changed()).isTrue();
        SlaClock clock = cancelled.clock();
        assertThat(clock.isFinished()).isTrue();
        assertThat(clock.nextDue()).isEmpty();
        for (TargetKind kind : TargetKind.values()) {
            TargetStatus status = clock.status(kind, t("P1D"));
            assertThat(status.stopped()).isTrue();
            assertThat(status.met()).isNull();
            assertThat(status.breached()).isFalse();
            assertThat(status.paused()).isFalse();
            assertThat(status.dueAt()).isNull();
            assertThat(status.elapsed()).isEqualTo(d("PT10M"));
        }
    }

    @Test
    void cancellingAfterAnUnnoticedBreachRecordsItFirst() {
        ClockChange cancelled = p1.cancelled(t("PT20M"));

        assertThat(cancelled.outcomes()).containsExactly(
                new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")),
                new WarningReached(FIRST_RESPONSE, fraction("0.9"), t("PT13M30S")),
                new Breached(FIRST_RESPONSE, t("PT15M")));
        TargetStatus response = cancelled.clock().status(FIRST_RESPONSE, t("P1D"));
        assertThat(response.breached()).isTrue();
        assertThat(response.met()).isNull();
    }

    @Test
    void cancellingAPendingTicketEndsThePause() {
        SlaClock cancelled = p1.paused(t("PT5M")).clock().cancelled(t("PT1H")).clock();

        assertThat(cancelled.isPaused()).isFalse();
        assertThat(cancelled.status(RESOLUTION, t("PT2H")).paused()).isFalse();
        assertThat(cancelled.status(RESOLUTION, t("PT2H")).elapsed()).isEqualTo(d("PT5M"));
    }

    @Test
    void closingAResolvedTicketKeepsItsOutcomes() {
        SlaClock resolved = p1.firstResponded(t("PT5M")).clock().resolved(t("PT1H")).clock();

        ClockChange closed = resolved.closed(t("P3D"));

        assertThat(closed.outcomes()).isEmpty();
        assertThat(closed.clock().isFinished()).isTrue();
        assertThat(closed.clock().status(FIRST_RESPONSE, t("P4D")).met()).isTrue();
        assertThat(closed.clock().status(RESOLUTION, t("P4D")).met()).isTrue();
        assertThat(closed.clock().status(RESOLUTION, t("P4D")).elapsed()).isEqualTo(d("PT1H"));
    }

    @Test
    void nothingChangesAFinishedClock() {
        List<Function<SlaClock, ClockChange>> transitions = List.of(
                clock -> clock.firstResponded(t("PT1H")),
                clock -> clock.paused(t("PT1H")),
                clock -> clock.resumed(t("PT1H")),
                clock -> clock.resolved(t("PT1H")),
                clock -> clock.reopened(t("PT1H")),
                clock -> clock.closed(t("PT1H")),
                clock -> clock.cancelled(t("PT1H")),
                clock -> clock.retargeted(t("PT1H"), P2, AROUND_THE_CLOCK),
                clock -> clock.fireDue(t("P30D")),
                clock -> clock.warningReached(RESOLUTION, fraction("0.75"), t("P30D")),
                clock -> clock.breached(RESOLUTION, t("P30D")));
        for (SlaClock finished : List.of(p1.cancelled(t("PT10M")).clock(),
                p1.resolved(t("PT10M")).clock().closed(t("PT20M")).clock())) {
            for (Function<SlaClock, ClockChange> transition : transitions) {
                ClockChange change = transition.apply(finished);
                assertThat(change.changed()).isFalse();
                assertThat(change.outcomes()).isEmpty();
                assertThat(change.clock()).isSameAs(finished);
            }
        }
    }
}
