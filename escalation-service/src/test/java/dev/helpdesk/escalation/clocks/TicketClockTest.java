package dev.helpdesk.escalation.clocks;

import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.DEFAULTS;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.NONE;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.T0;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.event;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.opened;
import static dev.helpdesk.escalation.clocks.TicketClocksFixtures.t;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.TargetStatus;
import dev.helpdesk.escalation.policies.Priority;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Ticket events, in the clocks' words, applied to one ticket's clock: pure, no store. */
class TicketClockTest {

    @Test
    void anOpenedP1TicketStartsUnderTheP1PolicyOnTheAroundTheClockCalendar() {
        TicketClock clock = TicketClock.opened(opened(Priority.P1), DEFAULTS);

        assertThat(clock.policyId()).isEqualTo("default-p1");
        assertThat(clock.calendarId()).isEqualTo("24x7");
        assertThat(clock.lastSequence()).isEqualTo(1);
        assertThat(clock.openedAt()).isEqualTo(T0);
        TargetStatus resolution = clock.clock().status(TargetKind.RESOLUTION, T0);
        assertThat(resolution.target()).isEqualTo(Duration.ofHours(4));
        assertThat(resolution.dueAt()).isEqualTo(t("PT4H"));
        assertThat(clock.clock().status(TargetKind.FIRST_RESPONSE, T0).dueAt()).isEqualTo(t("PT15M"));
        assertThat(clock.nextDue()).contains(t("PT11M15S")); // 75 % of the first response
    }

    @Test
    void theFirstResponseStopsTheFirstResponseTargetAsMet() {
        TicketClock clock = TicketClock.opened(opened(Priority.P1), DEFAULTS)
                .applied(event(2, "PT5M", new TicketTransition.FirstResponded()), DEFAULTS);

        TargetStatus firstResponse = clock.clock().status(TargetKind.FIRST_RESPONSE, t("PT1H"));
        assertThat(firstResponse.met()).isTrue();
        assertThat(firstResponse.stopped()).isTrue();
        assertThat(firstResponse.elapsed()).isEqualTo(Duration.ofMinutes(5));
        assertThat(clock.lastSequence()).isEqualTo(2);
    }

    @Test
    void anHourPendingMovesTheDueInstantsByAnHour() {
        TicketClock clock = TicketClock.opened(opened(Priority.P1), DEFAULTS)
                .applied(event(2, "PT10M", new TicketTransition.Paused()), DEFAULTS);

        assertThat(clock.clock().isPaused()).isTrue();
        assertThat(clock.nextDue()).isEmpty();

        TicketClock resumed = clock.applied(event(3, "PT1H10M", new TicketTransition.Resumed()), DEFAULTS);

        assertThat(resumed.clock().status(TargetKind.RESOLUTION, t("PT2H")).dueAt()).isEqualTo(t("PT5H"));
        assertThat(resumed.clock().status(TargetKind.FIRST_RESPONSE, t("PT2H")).dueAt()).isEqualTo(t("PT1H15M"));
    }

    @Test
    void resolvingReopeningClosingAndCancellingDriveTheResolutionTarget() {
        TicketClock resolved = TicketClock.opened(opened(Priority.P2), DEFAULTS)
                .applied(event(2, "PT1H", new TicketTransition.Resolved()), DEFAULTS);
        assertThat(resolved.clock().status(TargetKind.RESOLUTION, t("PT2H")).met()).isTrue();

        TicketClock reopened = resolved.applied(event(3, "PT2H", new TicketTransition.Reopened()), DEFAULTS);
        TargetStatus again = reopened.clock().status(TargetKind.RESOLUTION, t("PT2H"));
        assertThat(again.stopped()).isFalse();
        assertThat(again.dueAt()).as("one hour used, seven left").isEqualTo(t("PT9H"));

        TicketClock closed = reopened.applied(event(4, "PT3H", new TicketTransition.Closed()), DEFAULTS);
        assertThat(closed.clock().isFinished()).isTrue();
        assertThat(closed.nextDue()).isEmpty();

        TicketClock cancelled = TicketClock.opened(opened(Priority.P2), DEFAULTS)
                .applied(event(2, "PT1H", new TicketTransition.Cancelled()), DEFAULTS);
        assertThat(cancelled.clock().isFinished()).isTrue();
        assertThat(cancelled.clock().status(TargetKind.RESOLUTION, t("PT2H")).met()).isNull();
    }

    @Test
    void aPriorityChangeToAnotherPolicyRetargetsKeepingTheElapsedTime() {
        TicketClock clock = TicketClock.opened(opened(Priority.P3), DEFAULTS);
        assertThat(clock.policyId()).isEqualTo("default-p3");
        assertThat(clock.calendarId()).isEqualTo("business-hours");

        TicketClock raised = clock.applied(
                event(2, "PT30M", new TicketTransition.PriorityChanged(Priority.P1)), DEFAULTS);

        assertThat(raised.policyId()).isEqualTo("default-p1");
        assertThat(raised.calendarId()).isEqualTo("24x7");
        assertThat(raised.details().priority()).isEqualTo(Priority.P1);
        TargetStatus resolution = raised.clock().status(TargetKind.RESOLUTION, t("PT30M"));
        assertThat(resolution.target()).isEqualTo(Duration.ofHours(4));
        assertThat(resolution.elapsed()).isEqualTo(Duration.ofMinutes(30));
        assertThat(resolution.dueAt()).isEqualTo(t("PT4H"));
    }

    @Test
    void aChangeThatKeepsThePolicyChangesOnlyTheDetails() {
        TicketClock clock = TicketClock.opened(opened(Priority.P2), DEFAULTS);

        TicketClock recategorised = clock.applied(
                event(2, "PT30M", new TicketTransition.CategoryChanged("hardware")), DEFAULTS);

        assertThat(recategorised.clock()).isEqualTo(clock.clock());
        assertThat(recategorised.policyId()).isEqualTo("default-p2");
        assertThat(recategorised.details().category()).isEqualTo("hardware");
        assertThat(recategorised.lastSequence()).isEqualTo(2);
    }

    @Test
    void aPriorityNoPolicyKnowsKeepsThePolicyInForce() {
        TicketClock clock = TicketClock.opened(opened(Priority.P2), DEFAULTS);

        TicketClock unknown = clock.applied(event(2, "PT30M", new TicketTransition.PriorityChanged(null)), DEFAULTS);

        assertThat(unknown.policyId()).isEqualTo("default-p2");
        assertThat(unknown.clock()).isEqualTo(clock.clock());
        assertThat(unknown.details().priority()).isNull();
    }

    @Test
    void aTicketNoPolicyMatchesHasNoClockUntilOneDoes() {
        TicketClock clock = TicketClock.opened(opened(Priority.P2), NONE);
        assertThat(clock.policyId()).isNull();
        assertThat(clock.clock()).isNull();
        assertThat(clock.nextDue()).isEmpty();

        TicketClock paused = clock.applied(event(2, "PT10M", new TicketTransition.Paused()), NONE);
        assertThat(paused.clock()).isNull();
        assertThat(paused.lastSequence()).isEqualTo(2);

        TicketClock matched = paused.applied(event(3, "PT1H", new TicketTransition.PriorityChanged(Priority.P1)),
                DEFAULTS);
        assertThat(matched.policyId()).isEqualTo("default-p1");
        assertThat(matched.clock().status(TargetKind.RESOLUTION, t("PT1H")).dueAt()).isEqualTo(t("PT5H"));
    }

    @Test
    void anEventAppliedBeforeIsRecognisedAndRefused() {
        TicketClock clock = TicketClock.opened(opened(Priority.P1), DEFAULTS)
                .applied(event(2, "PT10M", new TicketTransition.Paused()), DEFAULTS);

        assertThat(clock.hasApplied(1)).isTrue();
        assertThat(clock.hasApplied(2)).isTrue();
        assertThat(clock.hasApplied(3)).isFalse();
        assertThatThrownBy(() -> clock.applied(event(2, "PT10M", new TicketTransition.Paused()), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyAnOpenedEventStartsAClock() {
        assertThatThrownBy(() -> TicketClock.opened(event(1, "PT0S", new TicketTransition.Paused()), DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
