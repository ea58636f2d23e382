package dev.helpdesk.escalation.clock;

import static dev.helpdesk.escalation.clock.Clocks.AROUND_THE_CLOCK;
import static dev.helpdesk.escalation.clock.Clocks.BERLIN_OFFICE;
import static dev.helpdesk.escalation.clock.Clocks.T0;
import static dev.helpdesk.escalation.clock.Clocks.berlin;
import static dev.helpdesk.escalation.clock.Clocks.d;
import static dev.helpdesk.escalation.clock.Clocks.fraction;
import static dev.helpdesk.escalation.clock.Clocks.t;
import static dev.helpdesk.escalation.clock.Clocks.targets;
import static dev.helpdesk.escalation.clock.TargetKind.FIRST_RESPONSE;
import static dev.helpdesk.escalation.clock.TargetKind.RESOLUTION;
import static org.assertj.core.api.Assertions.assertThat;

import dev.helpdesk.escalation.clock.ClockOutcome.TargetMet;
import dev.helpdesk.escalation.clock.ClockOutcome.WarningReached;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Time while the ticket is pending is never counted. */
class PauseTest {

    @Nested
    class AroundTheClock {

        private final SlaClock clock = SlaClock.started(T0, targets("PT2H", "PT8H"), AROUND_THE_CLOCK);

        @Test
        void pausedTimeIsNotCountedAndTheDueInstantsMoveByIt() {
            SlaClock resumed = clock.paused(t("PT1H")).clock().resumed(t("PT3H")).clock();

            assertThat(resumed.status(FIRST_RESPONSE, t("PT3H30M")).elapsed()).isEqualTo(d("PT1H30M"));
            assertThat(resumed.status(RESOLUTION, t("PT4H")).elapsed()).isEqualTo(d("PT2H"));
            assertThat(resumed.status(FIRST_RESPONSE, t("PT3H30M")).dueAt()).isEqualTo(t("PT4H"));
            assertThat(resumed.status(RESOLUTION, t("PT4H")).dueAt()).isEqualTo(t("PT10H"));
        }

        @Test
        void warningsAfterAPauseFallDueLaterByExactlyThePause() {
            SlaClock resumed = clock.paused(t("PT1H")).clock().resumed(t("PT1H30M")).clock();

            assertThat(resumed.timers()).filteredOn(timer -> timer.kind() == FIRST_RESPONSE)
                    .extracting(SlaTimer::dueAt)
                    .containsExactly(t("PT2H"), t("PT2H18M"), t("PT2H30M"));
        }

        @Test
        void whilePausedNothingCountsNothingIsDueAndNoTimerCanFire() {
            SlaClock paused = clock.paused(t("PT1H")).clock();

            assertThat(paused.isPaused()).isTrue();
            assertThat(paused.nextDue()).isEmpty();
            assertThat(paused.timers()).isEmpty();
            assertThat(paused.fireDue(t("P10D")).changed()).isFalse();
            TargetStatus status = paused.status(RESOLUTION, t("P10D"));
            assertThat(status.paused()).isTrue();
            assertThat(status.dueAt()).isNull();
            assertThat(status.elapsed()).isEqualTo(d("PT1H"));
            assertThat(status.remaining()).isEqualTo(d("PT7H"));
        }

        @Test
        void severalPausesAddUp() {
            SlaClock clock2 = clock.paused(t("PT30M")).clock().resumed(t("PT1H")).clock()
                    .paused(t("PT1H15M")).clock().resumed(t("PT2H")).clock();

            assertThat(clock2.status(RESOLUTION, t("PT3H")).elapsed()).isEqualTo(d("PT1H45M"));
        }

        @Test
        void pausingAPausedClockOrResumingARunningOneChangesNothing() {
            SlaClock paused = clock.paused(t("PT1H")).clock();

            ClockChange pausedAgain = paused.paused(t("PT2H"));
            assertThat(pausedAgain.changed()).isFalse();
            assertThat(pausedAgain.clock()).isSameAs(paused);

            ClockChange resumedRunning = clock.resumed(t("PT1H"));
            assertThat(resumedRunning.changed()).isFalse();
            assertThat(resumedRunning.clock()).isSameAs(clock);

            SlaClock resumed = paused.resumed(t("PT3H")).clock();
            assertThat(resumed.status(RESOLUTION, t("PT4H")).elapsed()).isEqualTo(d("PT2H"));
        }

        @Test
        void aThresholdPassedBeforeThePauseIsRecordedByThePauseIfNoTimerHadFiredYet() {
            ClockChange paused = clock.paused(t("PT1H40M"));

            assertThat(paused.outcomes()).containsExactly(
                    new WarningReached(FIRST_RESPONSE, fraction("0.75"), t("PT1H30M")));
            assertThat(paused.clock().status(FIRST_RESPONSE, t("PT5H")).warnings())
                    .containsExactly(new ReachedThreshold(fraction("0.75"), t("PT1H30M")));
        }

        @Test
        void aReplyWhilePendingStopsTheFirstResponseAtTheTimeCountedBeforeThePause() {
            SlaClock paused = clock.paused(t("PT1H")).clock();

            ClockChange replied = paused.firstResponded(t("PT5H"));

            assertThat(replied.outcomes()).containsExactly(new TargetMet(FIRST_RESPONSE, t("PT5H")));
            assertThat(replied.clock().status(FIRST_RESPONSE, t("PT6H")).elapsed()).isEqualTo(d("PT1H"));
            SlaClock resumed = replied.clock().resumed(t("PT6H")).clock();
            assertThat(resumed.status(FIRST_RESPONSE, t("PT9H")).elapsed()).isEqualTo(d("PT1H"));
            assertThat(resumed.status(RESOLUTION, t("PT9H")).elapsed()).isEqualTo(d("PT4H"));
        }
    }

    @Nested
    class OfficeHoursInBerlin {

        /** Opened Friday 16:00; four working hours to respond. */
        private final SlaClock clock = SlaClock.started(berlin("2026-06-05T16:00"), targets("PT4H", "PT30H"),
                BERLIN_OFFICE);

        @Test
        void withoutAPauseTheResponseIsDueMondayAtTen() {
            assertThat(clock.status(FIRST_RESPONSE, berlin("2026-06-05T16:00")).dueAt())
                    .isEqualTo(berlin("2026-06-08T10:00"));
        }

        @Test
        void aPauseFromFridayFiveUntilMondayTenTakesThreeWorkingHoursOutNotTheWeekend() {
            SlaClock resumed = clock.paused(berlin("2026-06-05T17:00")).clock()
                    .resumed(berlin("2026-06-08T10:00")).clock();

            assertThat(resumed.status(FIRST_RESPONSE, berlin("2026-06-08T10:00")).elapsed()).isEqualTo(d("PT1H"));
            assertThat(resumed.status(FIRST_RESPONSE, berlin("2026-06-08T12:00")).elapsed()).isEqualTo(d("PT3H"));
            assertThat(resumed.status(RESOLUTION, berlin("2026-06-09T09:00")).elapsed())
                    .as("Friday 16-17, Monday 10-18, Tuesday 08-09").isEqualTo(d("PT10H"));
            assertThat(resumed.status(FIRST_RESPONSE, berlin("2026-06-08T10:00")).dueAt())
                    .isEqualTo(berlin("2026-06-08T13:00"));
            assertThat(resumed.timers()).filteredOn(timer -> timer.kind() == FIRST_RESPONSE)
                    .extracting(SlaTimer::dueAt)
                    .containsExactly(berlin("2026-06-08T12:00"), berlin("2026-06-08T12:36"),
                            berlin("2026-06-08T13:00"));
        }

        @Test
        void aPauseOverTheWeekendAloneChangesNothing() {
            SlaClock resumed = clock.paused(berlin("2026-06-06T10:00")).clock()
                    .resumed(berlin("2026-06-07T12:00")).clock();

            assertThat(resumed.status(FIRST_RESPONSE, berlin("2026-06-07T12:00")).dueAt())
                    .isEqualTo(berlin("2026-06-08T10:00"));
            assertThat(resumed.status(FIRST_RESPONSE, berlin("2026-06-07T12:00")).elapsed()).isEqualTo(d("PT2H"));
        }

        @Test
        void elapsedTimeWhilePausedOverTheWeekendStaysAtWhatFridayCounted() {
            SlaClock paused = clock.paused(berlin("2026-06-05T17:30")).clock();

            assertThat(paused.status(RESOLUTION, berlin("2026-06-09T12:00")).elapsed()).isEqualTo(d("PT1H30M"));
            assertThat(paused.status(RESOLUTION, berlin("2026-06-09T12:00")).remaining()).isEqualTo(d("PT28H30M"));
        }
    }
}
