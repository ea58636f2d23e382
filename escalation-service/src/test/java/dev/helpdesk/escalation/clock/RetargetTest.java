package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.AROUND_THE_CLOCK;
import static dev.helpdesk.escalation.clock.Clocks.BERLIN_OFFICE;
import static dev.helpdesk.escalation.clock.Clocks.P1;
import static dev.helpdesk.escalation.clock.Clocks.P2;
import static dev.helpdesk.escalation.clock.Clocks.T0;
import static dev.helpdesk.escalation.clock.Clocks.berlin;
import static dev.helpdesk.escalation.clock.Clocks.d;
import static dev.helpdesk.escalation.clock.Clocks.fraction;
import static dev.helpdesk.escalation.clock.Clocks.t;
import static dev.helpdesk.escalation.clock.Clocks.targets;
import static dev.helpdesk.escalation.clock.TargetKind.FIRST_RESPONSE;
import static dev.helpdesk.escalation.clock.TargetKind.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.clock.ClockOutcome.Breached;
import dev.helpdesk.escalation.clock.ClockOutcome.WarningReached;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A changed priority, type, category, VIP flag or policy keeps the elapsed time and moves the due instants. */
class RetargetTest {

    private final SlaClock p1 = SlaClock.started(T0, P1, AROUND_THE_CLOCK);

    @Test
    void aLowerPriorityKeepsTheElapsedTimeAndMovesTheDueInstantsLater() {
        SlaClock lowered = p1.firstResponded(t("PT10M")).clock().retargeted(t("PT1H"), P2, AROUND_THE_CLOCK).clock();

        TargetStatus resolution = lowered.status(RESOLUTION, t("PT2H"));
        assertThat(resolution.target()).isEqualTo(d("PT8H"));
        assertThat(resolution.elapsed()).isEqualTo(d("PT2H"));
        assertThat(resolution.dueAt()).isEqualTo(t("PT8H"));
        assertThat(lowered.timers()).extracting(SlaTimer::dueAt).containsExactly(t("PT6H"), t("PT7H12M"), t("PT8H"));
    }

    @Test
    void aStoppedTargetKeepsItsTargetAndOutcome() {
        SlaClock lowered = p1.firstResponded(t("PT10M")).clock().retargeted(t("PT1H"), P2, AROUND_THE_CLOCK).clock();

        TargetStatus response = lowered.status(FIRST_RESPONSE, t("PT2H"));
        assertThat(response.target()).isEqualTo(d("PT15M"));
        assertThat(response.met()).isTrue();
        assertThat(response.elapsed()).isEqualTo(d("PT10M"));
    }

    @Test
    void aStricterTargetAlreadyExceededIsBreachedAtTheRetargetInstant() {
        SlaClock p3 = SlaClock.started(T0, targets("PT4H", "PT24H"), AROUND_THE_CLOCK);

        ClockChange raised = p3.retargeted(t("PT1H"), P1, AROUND_THE_CLOCK);

        assertThat(raised.outcomes()).containsExactly(
                new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT1H")),
                new WarningReached(FIRST_RESPONSE, fraction("0.9"), t("PT1H")),
                new Breached(FIRST_RESPONSE, t("PT1H")));
        TargetStatus response = raised.clock().status(FIRST_RESPONSE, t("PT1H30M"));
        assertThat(response.breachedAt()).isEqualTo(t("PT1H"));
        assertThat(response.remaining()).isEqualTo(d("-PT1H15M"));
        assertThat(response.dueAt()).isEqualTo(t("PT1H"));
        assertThat(raised.clock().status(RESOLUTION, t("PT1H")).dueAt()).isEqualTo(t("PT4H"));
        assertThat(raised.clock().nextDue()).contains(t("PT3H"));
    }

    @Test
    void thresholdsPassedBeforeTheRetargetKeepTheInstantsTheyWereReached() {
        SlaClock p3 = SlaClock.started(T0, targets("PT4H", "PT24H"), AROUND_THE_CLOCK);

        ClockChange lowered = p3.retargeted(t("PT5H"), targets("PT8H", "PT48H"), AROUND_THE_CLOCK);

        assertThat(lowered.outcomes()).containsExactly(
                new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT3H")),
                new WarningReached(FIRST_RESPONSE, fraction("0.9"), t("PT3H36M")),
                new Breached(FIRST_RESPONSE, t("PT4H")));
        TargetStatus response = lowered.clock().status(FIRST_RESPONSE, t("PT5H"));
        assertThat(response.breached()).isTrue();
        assertThat(response.remaining()).isEqualTo(d("PT3H"));
        assertThat(response.dueAt()).isEqualTo(t("PT8H"));
        assertThat(lowered.clock().timers()).filteredOn(timer -> timer.kind() == FIRST_RESPONSE).isEmpty();
    }

    @Test
    void aNewCalendarMeasuresOnlyTheTimeFromTheRetargetOn() {
        SlaClock roundTheClock = SlaClock.started(berlin("2026-06-05T06:00"), targets("PT1H", "PT16H"),
                AROUND_THE_CLOCK);

        SlaClock office = roundTheClock.retargeted(berlin("2026-06-05T16:00"), targets("PT1H", "PT16H"), BERLIN_OFFICE)
                .clock();

        TargetStatus resolution = office.status(RESOLUTION, berlin("2026-06-06T12:00"));
        assertThat(resolution.elapsed()).as("10 h round the clock, then Friday 16:00-18:00").isEqualTo(d("PT12H"));
        assertThat(resolution.dueAt()).isEqualTo(berlin("2026-06-08T12:00"));
        assertThat(office.calendar()).isEqualTo(BERLIN_OFFICE);
    }

    @Test
    void aTargetRetargetedToExactlyTheElapsedTimeIsBreachedAtOnce() {
        SlaClock p3 = SlaClock.started(T0, targets("PT4H", "PT24H"), AROUND_THE_CLOCK);

        ClockChange raised = p3.retargeted(t("PT15M"), P1, AROUND_THE_CLOCK);

        assertThat(raised.outcomes()).endsWith(new Breached(FIRST_RESPONSE, t("PT15M")));
        assertThat(raised.clock().timers()).extracting(SlaTimer::kind).containsOnly(RESOLUTION);
    }

    @Test
    void retargetingWhilePendingStaysPausedAndCountsFromTheResumeAgainstTheNewTarget() {
        SlaClock paused = p1.firstResponded(t("PT5M")).clock().paused(t("PT1H")).clock();

        ClockChange lowered = paused.retargeted(t("PT2H"), P2, AROUND_THE_CLOCK);

        assertThat(lowered.outcomes()).isEmpty();
        assertThat(lowered.clock().isPaused()).isTrue();
        assertThat(lowered.clock().status(RESOLUTION, t("PT3H")).dueAt()).isNull();
        SlaClock resumed = lowered.clock().resumed(t("PT3H")).clock();
        assertThat(resumed.status(RESOLUTION, t("PT3H")).dueAt()).isEqualTo(t("PT10H"));
    }

    @Test
    void aTargetExceededWhilePendingIsBreachedAtTheRetargetInstantThoughPaused() {
        SlaClock paused = SlaClock.started(T0, P2, AROUND_THE_CLOCK).firstResponded(t("PT5M")).clock()
                .paused(t("PT5H")).clock();

        ClockChange raised = paused.retargeted(t("PT6H"), P1, AROUND_THE_CLOCK);

        assertThat(raised.outcomes()).containsExactly(
                new WarningReached(RESOLUTION, fraction("0.75"), t("PT6H")),
                new WarningReached(RESOLUTION, fraction("0.9"), t("PT6H")),
                new Breached(RESOLUTION, t("PT6H")));
        TargetStatus resolution = raised.clock().status(RESOLUTION, t("PT7H"));
        assertThat(resolution.paused()).isTrue();
        assertThat(resolution.breachedAt()).isEqualTo(t("PT6H"));
        assertThat(resolution.remaining()).isEqualTo(d("-PT1H"));
        assertThat(resolution.warnings()).containsExactly(
                new ReachedThreshold(fraction("0.75"), t("PT6H")), new ReachedThreshold(fraction("0.9"), t("PT6H")));
    }

    @Test
    void aWarningAlreadyGivenIsNotGivenAgainUnderTheNewTarget() {
        SlaClock warned = p1.firstResponded(t("PT5M")).clock().fireDue(t("PT3H")).clock();

        SlaClock lowered = warned.retargeted(t("PT3H"), P2, AROUND_THE_CLOCK).clock();

        assertThat(lowered.timers()).extracting(SlaTimer::threshold).containsExactly(fraction("0.9"), Threshold.BREACH);
        assertThat(lowered.timers()).extracting(SlaTimer::dueAt).containsExactly(t("PT7H12M"), t("PT8H"));
    }

    @Test
    void newWarningThresholdsApplyFromTheRetargetOn() {
        SlaTargets warnAtHalf = new SlaTargets(d("PT15M"), d("PT4H"), List.of(fraction("0.5")));

        SlaClock clock = p1.firstResponded(t("PT5M")).clock().retargeted(t("PT1H"), warnAtHalf, AROUND_THE_CLOCK)
                .clock();

        assertThat(clock.timers()).containsExactly(
                new SlaTimer(RESOLUTION, fraction("0.5"), t("PT2H")),
                new SlaTimer(RESOLUTION, Threshold.BREACH, t("PT4H")));
    }

    @Test
    void theSameTargetsAndCalendarChangeNothing() {
        ClockChange same = p1.retargeted(t("PT1H"), SlaTargets.of(d("PT15M"), d("PT4H")),
                BusinessCalendar.aroundTheClock(ZoneOffset.UTC));

        assertThat(same.changed()).isFalse();
        assertThat(same.clock()).isSameAs(p1);
    }

    @Test
    void aReopenedTicketCountsAgainstTheTargetsInForceWhenItIsReopened() {
        SlaClock resolved = p1.firstResponded(t("PT5M")).clock().resolved(t("PT1H")).clock();

        SlaClock reopened = resolved.retargeted(t("PT2H"), P2, AROUND_THE_CLOCK).clock().reopened(t("PT3H")).clock();

        assertThat(resolved.retargeted(t("PT2H"), P2, AROUND_THE_CLOCK).clock().status(RESOLUTION, t("PT2H")).target())
                .isEqualTo(d("PT4H"));
        TargetStatus resolution = reopened.status(RESOLUTION, t("PT3H"));
        assertThat(resolution.target()).isEqualTo(d("PT8H"));
        assertThat(resolution.dueAt()).isEqualTo(t("PT10H"));
    }
}
