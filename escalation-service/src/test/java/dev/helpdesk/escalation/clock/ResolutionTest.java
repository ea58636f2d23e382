package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.AROUND_THE_CLOCK;
import static dev.helpdesk.escalation.clock.Clocks.P1;
import static dev.helpdesk.escalation.clock.Clocks.T0;
import static dev.helpdesk.escalation.clock.Clocks.d;
import static dev.helpdesk.escalation.clock.Clocks.fraction;
import static dev.helpdesk.escalation.clock.Clocks.t;
import static dev.helpdesk.escalation.clock.TargetKind.FIRST_RESPONSE;
import static dev.helpdesk.escalation.clock.TargetKind.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.clock.ClockOutcome.Breached;
import dev.helpdesk.escalation.clock.ClockOutcome.TargetMet;
import dev.helpdesk.escalation.clock.ClockOutcome.WarningReached;
import org.junit.jupiter.api.Test;

/** Resolving stops the resolution target; reopening lets it count on from where it stopped. */
class ResolutionTest {

    private final SlaClock p1 = SlaClock.started(T0, P1, AROUND_THE_CLOCK);
    private final SlaClock responded = p1.firstResponded(t("PT5M")).clock();

    @Test
    void resolvingInTimeMeetsTheResolutionTarget() {
        ClockChange resolved = responded.resolved(t("PT1H"));

        assertThat(resolved.outcomes()).containsExactly(new TargetMet(RESOLUTION, t("PT1H")));
        TargetStatus status = resolved.clock().status(RESOLUTION, t("PT9H"));
        assertThat(status.met()).isTrue();
        assertThat(status.stopped()).isTrue();
        assertThat(status.elapsed()).isEqualTo(d("PT1H"));
        assertThat(status.dueAt()).isNull();
        assertThat(resolved.clock().nextDue()).isEmpty();
    }

    @Test
    void resolvingLateRecordsWhatWasMissedAndMissesTheTarget() {
        ClockChange resolved = responded.resolved(t("PT5H"));

        assertThat(resolved.outcomes()).containsExactly(
                new WarningReached(RESOLUTION, fraction("0.75"), t("PT3H")),
                new WarningReached(RESOLUTION, fraction("0.9"), t("PT3H36M")),
                new Breached(RESOLUTION, t("PT4H")));
        assertThat(resolved.clock().status(RESOLUTION, t("PT9H")).met()).isFalse();
        assertThat(resolved.clock().status(RESOLUTION, t("PT9H")).remaining()).isEqualTo(d("-PT1H"));
    }

    @Test
    void resolvingWithoutAReplyInTimeCountsAsTheFirstResponse() {
        ClockChange resolved = p1.resolved(t("PT10M"));

        assertThat(resolved.outcomes()).containsExactly(
                new TargetMet(FIRST_RESPONSE, t("PT10M")),
                new TargetMet(RESOLUTION, t("PT10M")));
        assertThat(resolved.clock().status(FIRST_RESPONSE, t("PT1H")).met()).isTrue();
        assertThat(resolved.clock().status(FIRST_RESPONSE, t("PT1H")).elapsed()).isEqualTo(d("PT10M"));
    }

    @Test
    void resolvingWithoutAReplyAfterTheResponseWasDueMissesTheFirstResponse() {
        ClockChange resolved = p1.resolved(t("PT1H"));

        assertThat(resolved.outcomes()).containsExactly(
                new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT11M15S")),
                new WarningReached(FIRST_RESPONSE, fraction("0.9"), t("PT13M30S")),
                new Breached(FIRST_RESPONSE, t("PT15M")),
                new TargetMet(RESOLUTION, t("PT1H")));
        assertThat(resolved.clock().status(FIRST_RESPONSE, t("PT2H")).met()).isFalse();
    }

    @Test
    void resolvingTwiceChangesNothing() {
        SlaClock resolved = responded.resolved(t("PT1H")).clock();

        ClockChange again = resolved.resolved(t("PT2H"));

        assertThat(again.changed()).isFalse();
        assertThat(again.clock()).isSameAs(resolved);
    }

    @Test
    void resolvingAPendingTicketEndsThePause() {
        SlaClock resolved = responded.paused(t("PT1H")).clock().resolved(t("PT2H")).clock();

        assertThat(resolved.isPaused()).isFalse();
        assertThat(resolved.status(RESOLUTION, t("PT3H")).elapsed()).isEqualTo(d("PT1H"));
        assertThat(resolved.status(RESOLUTION, t("PT3H")).paused()).isFalse();
        assertThat(resolved.resumed(t("PT3H")).clock().status(RESOLUTION, t("PT4H")).elapsed()).isEqualTo(d("PT1H"));
    }

    @Test
    void reopeningCountsOnFromTheElapsedTimeAndSkipsTheTimeWhileResolved() {
        SlaClock reopened = responded.resolved(t("PT1H")).clock().reopened(t("PT5H")).clock();

        TargetStatus status = reopened.status(RESOLUTION, t("PT6H"));
        assertThat(status.elapsed()).isEqualTo(d("PT2H"));
        assertThat(status.dueAt()).isEqualTo(t("PT8H"));
        assertThat(status.met()).isNull();
        assertThat(status.stopped()).isFalse();
        assertThat(reopened.timers()).extracting(SlaTimer::dueAt).containsExactly(t("PT7H"), t("PT7H36M"), t("PT8H"));
    }

    @Test
    void reopeningLeavesTheFirstResponseAsItWas() {
        SlaClock reopened = responded.resolved(t("PT1H")).clock().reopened(t("PT5H")).clock();

        TargetStatus response = reopened.status(FIRST_RESPONSE, t("PT6H"));
        assertThat(response.met()).isTrue();
        assertThat(response.elapsed()).isEqualTo(d("PT5M"));
        assertThat(reopened.timers()).extracting(SlaTimer::kind).containsOnly(RESOLUTION);
    }

    @Test
    void reopeningATicketThatIsNotResolvedChangesNothing() {
        assertThat(responded.reopened(t("PT1H")).changed()).isFalse();
    }

    @Test
    void aReopenedTicketResolvedLateIsBreachedThoughItsFirstResolutionWasInTime() {
        SlaClock reopened = responded.resolved(t("PT3H30M")).clock().reopened(t("PT10H")).clock();

        ClockChange resolvedAgain = reopened.resolved(t("PT11H"));

        assertThat(resolvedAgain.outcomes()).containsExactly(
                new WarningReached(RESOLUTION, fraction("0.9"), t("PT10H6M")),
                new Breached(RESOLUTION, t("PT10H30M")));
        assertThat(resolvedAgain.clock().status(RESOLUTION, t("PT12H")).met()).isFalse();
        assertThat(resolvedAgain.clock().status(RESOLUTION, t("PT12H")).warnings()).extracting(ReachedThreshold::at)
                .containsExactly(t("PT3H"), t("PT10H6M"));
    }

    @Test
    void aReopenedTicketThatWasAlreadyBreachedStaysBreachedAndFiresNothingAgain() {
        SlaClock reopened = responded.resolved(t("PT5H")).clock().reopened(t("PT6H")).clock();

        assertThat(reopened.timers()).isEmpty();
        assertThat(reopened.fireDue(t("P1D")).changed()).isFalse();
        TargetStatus status = reopened.status(RESOLUTION, t("PT7H"));
        assertThat(status.breached()).isTrue();
        assertThat(status.breachedAt()).isEqualTo(t("PT4H"));
        assertThat(status.elapsed()).isEqualTo(d("PT6H"));
        assertThat(status.dueAt()).isEqualTo(t("PT4H"));

        ClockChange resolvedAgain = reopened.resolved(t("PT8H"));
        assertThat(resolvedAgain.outcomes()).isEmpty();
        assertThat(resolvedAgain.clock().status(RESOLUTION, t("PT8H")).met()).isFalse();
    }
}
