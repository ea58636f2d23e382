package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.AROUND_THE_CLOCK;
import static dev.helpdesk.escalation.clock.Clocks.BERLIN_OFFICE;
import static dev.helpdesk.escalation.clock.Clocks.P1;
import static dev.helpdesk.escalation.clock.Clocks.T0;
import static dev.helpdesk.escalation.clock.Clocks.berlin;
import static dev.helpdesk.escalation.clock.Clocks.d;
import static dev.helpdesk.escalation.clock.Clocks.fraction;
import static dev.helpdesk.escalation.clock.Clocks.t;
import static dev.helpdesk.escalation.clock.Clocks.targets;
import static dev.helpdesk.escalation.clock.TargetKind.FIRST_RESPONSE;
import static dev.helpdesk.escalation.clock.TargetKind.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.clock.ClockOutcome.Breached;
import dev.helpdesk.escalation.clock.ClockOutcome.TargetMet;
import dev.helpdesk.escalation.clock.ClockOutcome.WarningReached;
import org.junit.jupiter.api.Test;

class FirstResponseTest {

    private final SlaClock p1 = SlaClock.started(T0, P1, AROUND_THE_CLOCK);

    @Test
    void aStartedClockCountsBothTargetsFromTheOpeningInstant() {
        TargetStatus response = p1.status(FIRST_RESPONSE, t("PT10M"));
        TargetStatus resolution = p1.status(RESOLUTION, t("PT10M"));

        assertThat(response.target()).isEqualTo(d("PT15M"));
        assertThat(response.elapsed()).isEqualTo(d("PT10M"));
        assertThat(response.remaining()).isEqualTo(d("PT5M"));
        assertThat(response.dueAt()).isEqualTo(t("PT15M"));
        assertThat(response.met()).isNull();
        assertThat(response.paused()).isFalse();
        assertThat(response.stopped()).isFalse();
        assertThat(resolution.dueAt()).isEqualTo(t("PT4H"));
        assertThat(resolution.elapsed()).isEqualTo(d("PT10M"));
    }

    @Test
    void aReplyBeforeTheDueInstantMeetsTheTargetAndStopsIt() {
        ClockChange replied = p1.firstResponded(t("PT12M"));

        assertThat(replied.outcomes()).containsExactly(
                new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")),
                new TargetMet(FIRST_RESPONSE, t("PT12M")));
        TargetStatus later = replied.clock().status(FIRST_RESPONSE, t("PT1H"));
        assertThat(later.met()).isTrue();
        assertThat(later.stopped()).isTrue();
        assertThat(later.breached()).isFalse();
        assertThat(later.elapsed()).isEqualTo(d("PT12M"));
        assertThat(later.dueAt()).isNull();
        assertThat(replied.clock().timers()).extracting(SlaTimer::kind).containsOnly(RESOLUTION);
    }

    @Test
    void aReplyAfterTheDueInstantMissesTheTargetAndRecordsTheBreachWhenItHappened() {
        ClockChange replied = p1.firstResponded(t("PT20M"));

        assertThat(replied.outcomes()).containsExactly(
                new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")),
                new WarningReached(FIRST_RESPONSE, fraction("0.9"), t("PT13M30S")),
                new Breached(FIRST_RESPONSE, t("PT15M")));
        TargetStatus status = replied.clock().status(FIRST_RESPONSE, t("PT1H"));
        assertThat(status.met()).isFalse();
        assertThat(status.breachedAt()).isEqualTo(t("PT15M"));
        assertThat(status.elapsed()).isEqualTo(d("PT20M"));
        assertThat(status.remaining()).isEqualTo(d("-PT5M"));
    }

    @Test
    void theDueInstantIsTheFirstLateOneANanosecondBeforeItIsInTime() {
        assertThat(p1.firstResponded(t("PT15M").minusNanos(1)).clock().status(FIRST_RESPONSE, t("PT1H")).met())
                .isTrue();
        assertThat(p1.firstResponded(t("PT15M")).clock().status(FIRST_RESPONSE, t("PT1H")).met()).isFalse();
    }

    @Test
    void aReplyAfterClosingTimeOnTheDueDayIsLateEvenThoughNoWorkingTimePassedSince() {
        SlaClock office = SlaClock.started(berlin("2026-06-05T16:00"), targets("PT2H", "PT30H"), BERLIN_OFFICE);

        ClockChange saturdayReply = office.firstResponded(berlin("2026-06-06T10:00"));

        assertThat(saturdayReply.outcomes()).contains(new Breached(FIRST_RESPONSE, berlin("2026-06-05T18:00")));
        assertThat(saturdayReply.clock().status(FIRST_RESPONSE, berlin("2026-06-06T10:00")).met()).isFalse();
    }

    @Test
    void aBreachAlreadyFiredMakesTheReplyLate() {
        SlaClock breached = p1.fireDue(t("PT16M")).clock();

        ClockChange replied = breached.firstResponded(t("PT17M"));

        assertThat(replied.outcomes()).isEmpty();
        assertThat(replied.changed()).isTrue();
        assertThat(replied.clock().status(FIRST_RESPONSE, t("PT17M")).met()).isFalse();
    }

    @Test
    void aSecondReplyChangesNothing() {
        SlaClock replied = p1.firstResponded(t("PT5M")).clock();

        ClockChange again = replied.firstResponded(t("PT30M"));

        assertThat(again.changed()).isFalse();
        assertThat(again.outcomes()).isEmpty();
        assertThat(again.clock()).isSameAs(replied);
    }

    @Test
    void theReplyCountsAtTheInstantItHappenedNotWhenItArrives() {
        SlaClock warned = p1.fireDue(t("PT12M")).clock();

        ClockChange lateEvent = warned.firstResponded(t("PT10M"));

        assertThat(lateEvent.outcomes()).containsExactly(new TargetMet(FIRST_RESPONSE, t("PT10M")));
        assertThat(lateEvent.clock().status(FIRST_RESPONSE, t("PT1H")).elapsed()).isEqualTo(d("PT10M"));
    }

    @Test
    void anInstantBeforeTheLastTransitionIsTakenAsThatTransitionsInstantSoNothingCountsTwice() {
        SlaClock pausedAt20 = p1.paused(t("PT20M")).clock();

        SlaClock resumedSkewed = pausedAt20.resumed(t("PT10M")).clock();

        assertThat(resumedSkewed.status(RESOLUTION, t("PT30M")).elapsed()).isEqualTo(d("PT30M"));
    }

    @Test
    void theResolutionTargetGoesOnCountingAfterTheReply() {
        SlaClock replied = p1.firstResponded(t("PT5M")).clock();

        assertThat(replied.status(RESOLUTION, t("PT2H")).elapsed()).isEqualTo(d("PT2H"));
        assertThat(replied.nextDue()).contains(t("PT3H"));
    }
}
