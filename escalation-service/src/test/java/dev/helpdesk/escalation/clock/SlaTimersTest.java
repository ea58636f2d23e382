package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.AROUND_THE_CLOCK;
import static dev.helpdesk.escalation.clock.Clocks.BERLIN_OFFICE;
import static dev.helpdesk.escalation.clock.Clocks.P1;
import static dev.helpdesk.escalation.clock.Clocks.T0;
import static dev.helpdesk.escalation.clock.Clocks.berlin;
import static dev.helpdesk.escalation.clock.Clocks.fraction;
import static dev.helpdesk.escalation.clock.Clocks.t;
import static dev.helpdesk.escalation.clock.Clocks.targets;
import static dev.helpdesk.escalation.clock.TargetKind.FIRST_RESPONSE;
import static dev.helpdesk.escalation.clock.TargetKind.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.clock.ClockOutcome.Breached;
import dev.helpdesk.escalation.clock.ClockOutcome.WarningReached;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When warnings and breaches fall due, and that each is recorded exactly once. */
class SlaTimersTest {

    private final SlaClock p1 = SlaClock.started(T0, P1, AROUND_THE_CLOCK);

    @Test
    void aP1TicketWarnsAtThreeHoursAndThreeHoursThirtySixAndBreachesAtFourHours() {
        assertThat(p1.timers()).containsExactly(
                new SlaTimer(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")),
                new SlaTimer(FIRST_RESPONSE, fraction("0.9"), t("PT13M30S")),
                new SlaTimer(FIRST_RESPONSE, Threshold.BREACH, t("PT15M")),
                new SlaTimer(RESOLUTION, fraction("0.75"), t("PT3H")),
                new SlaTimer(RESOLUTION, fraction("0.9"), t("PT3H36M")),
                new SlaTimer(RESOLUTION, Threshold.BREACH, t("PT4H")));
    }

    @Test
    void secondsScaleTargetsFallDueToTheMillisecond() {
        SlaClock clock = SlaClock.started(T0, targets("PT5S", "PT10S"), AROUND_THE_CLOCK);

        assertThat(clock.timers()).extracting(SlaTimer::dueAt).containsExactly(
                t("PT3.75S"), t("PT4.5S"), t("PT5S"), t("PT7.5S"), t("PT9S"), t("PT10S"));
    }

    @Test
    void timersOfBothTargetsInterleaveByInstantWithTheFirstResponseFirstOnATie() {
        SlaClock clock = SlaClock.started(T0, targets("PT1H", "PT1H20M"), AROUND_THE_CLOCK);

        assertThat(clock.timers()).containsExactly(
                new SlaTimer(FIRST_RESPONSE, fraction("0.75"), t("PT45M")),
                new SlaTimer(FIRST_RESPONSE, fraction("0.9"), t("PT54M")),
                new SlaTimer(FIRST_RESPONSE, Threshold.BREACH, t("PT1H")),
                new SlaTimer(RESOLUTION, fraction("0.75"), t("PT1H")),
                new SlaTimer(RESOLUTION, fraction("0.9"), t("PT1H12M")),
                new SlaTimer(RESOLUTION, Threshold.BREACH, t("PT1H20M")));
        assertThat(clock.nextDue()).contains(t("PT45M"));
    }

    @Test
    void onOfficeHoursAFridayAfternoonTicketWarnsOnMondayMorning() {
        SlaClock clock = SlaClock.started(berlin("2026-06-05T16:00"), targets("PT4H", "PT30H"), BERLIN_OFFICE);

        assertThat(clock.timers()).filteredOn(timer -> timer.kind() == FIRST_RESPONSE)
                .extracting(SlaTimer::dueAt)
                .containsExactly(berlin("2026-06-08T09:00"), berlin("2026-06-08T09:36"), berlin("2026-06-08T10:00"));
        assertThat(clock.timers()).filteredOn(timer -> timer.kind() == RESOLUTION)
                .extracting(SlaTimer::dueAt)
                .containsExactly(berlin("2026-06-10T08:30"), berlin("2026-06-10T13:00"), berlin("2026-06-10T16:00"));
    }

    @Test
    void nothingIsDueANanosecondBeforeTheFirstWarningAndItIsDueAtItsInstant() {
        assertThat(p1.timersDueBy(t("PT11M15S").minusNanos(1))).isEmpty();
        assertThat(p1.fireDue(t("PT11M15S").minusNanos(1)).changed()).isFalse();

        assertThat(p1.timersDueBy(t("PT11M15S"))).containsExactly(
                new SlaTimer(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")));
    }

    @Test
    void firingRecordsTheWarningOnceAndMovesTheNextDueInstantOn() {
        ClockChange fired = p1.fireDue(t("PT11M15S"));

        assertThat(fired.changed()).isTrue();
        assertThat(fired.outcomes()).containsExactly(new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")));
        assertThat(fired.clock().nextDue()).contains(t("PT13M30S"));

        ClockChange again = fired.clock().fireDue(t("PT11M15S").plusMillis(700));
        assertThat(again.changed()).isFalse();
        assertThat(again.outcomes()).isEmpty();
        assertThat(again.clock()).isSameAs(fired.clock());
    }

    @Test
    void aTimerThatFiresLateReportsTheInstantTheThresholdWasReached() {
        assertThat(p1.fireDue(t("PT12M")).outcomes())
                .containsExactly(new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")));
    }

    @Test
    void afterALongOutageEveryMissedThresholdFiresOnceInOrderAndThenNothing() {
        ClockChange caughtUp = p1.fireDue(t("P2D"));

        assertThat(caughtUp.outcomes()).containsExactly(
                new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")),
                new WarningReached(FIRST_RESPONSE, fraction("0.9"), t("PT13M30S")),
                new Breached(FIRST_RESPONSE, t("PT15M")),
                new WarningReached(RESOLUTION, fraction("0.75"), t("PT3H")),
                new WarningReached(RESOLUTION, fraction("0.9"), t("PT3H36M")),
                new Breached(RESOLUTION, t("PT4H")));
        assertThat(caughtUp.clock().nextDue()).isEmpty();
        assertThat(caughtUp.clock().timers()).isEmpty();
        assertThat(caughtUp.clock().fireDue(t("P3D")).changed()).isFalse();
    }

    @Test
    void catchingUpPartwayFiresOnlyWhatIsDueAndLeavesTheRestForLater() {
        ClockChange partway = p1.fireDue(t("PT3H"));

        assertThat(partway.outcomes()).extracting(ClockOutcome::at)
                .containsExactly(t("PT11M15S"), t("PT13M30S"), t("PT15M"), t("PT3H"));
        assertThat(partway.clock().nextDue()).contains(t("PT3H36M"));
    }

    @Test
    void recordingTheFiredOutcomesOneByOneGivesTheSameClockAsFiringThemTogether() {
        SlaClock oneByOne = p1
                .warningReached(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")).clock()
                .warningReached(FIRST_RESPONSE, fraction("0.9"), t("PT13M30S")).clock()
                .breached(FIRST_RESPONSE, t("PT15M")).clock();

        assertThat(oneByOne).isEqualTo(p1.fireDue(t("PT15M")).clock());
    }

    @Test
    void aWarningIsRecordedOnlyOnceItIsDue() {
        assertThat(p1.warningReached(RESOLUTION, fraction("0.75"), t("PT3H").minusNanos(1)).changed()).isFalse();

        ClockChange reached = p1.warningReached(RESOLUTION, fraction("0.75"), t("PT3H"));
        assertThat(reached.outcomes()).containsExactly(new WarningReached(RESOLUTION, fraction("0.75"), t("PT3H")));

        ClockChange twice = reached.clock().warningReached(RESOLUTION, fraction("0.75"), t("PT3H"));
        assertThat(twice.changed()).isFalse();
        assertThat(twice.outcomes()).isEmpty();
    }

    @Test
    void aWarningThePolicyDoesNotHaveIsNeverRecorded() {
        assertThat(p1.warningReached(RESOLUTION, fraction("0.5"), t("P1D")).changed()).isFalse();
    }

    @Test
    void aBreachRecordedByItselfLeavesTheEarlierWarningsToTheirOwnTimers() {
        ClockChange breached = p1.breached(RESOLUTION, t("PT5H"));

        assertThat(breached.outcomes()).containsExactly(new Breached(RESOLUTION, t("PT4H")));
        assertThat(breached.clock().timersDueBy(t("PT5H"))).extracting(SlaTimer::threshold)
                .containsExactly(fraction("0.75"), fraction("0.9"), Threshold.BREACH, fraction("0.75"), fraction("0.9"));
        assertThat(breached.clock().breached(RESOLUTION, t("PT6H")).changed()).isFalse();
    }

    @Test
    void twoInstancesFiringTheSameDueTimeReportTheSameOutcomeAndTheStoredOneAbsorbsTheOther() {
        Instant due = p1.nextDue().orElseThrow();
        ClockChange first = p1.fireDue(due);
        ClockChange second = p1.fireDue(due.plusMillis(3));

        assertThat(second.outcomes()).isEqualTo(first.outcomes());
        assertThat(first.clock().fireDue(due.plusMillis(3)).changed()).isFalse();
    }
}
