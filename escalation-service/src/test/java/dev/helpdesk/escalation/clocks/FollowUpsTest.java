package dev.helpdesk.escalation.clocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a resolved ticket is to be closed and a pending one reminded, and that each happens once. */
class FollowUpsTest {

    private static final Instant T0 = Instant.parse("2026-06-01T09:00:00.123456789Z");
    private static final FollowUpRules RULES = new FollowUpRules(Duration.ofDays(7), Duration.ofDays(2), 3);

    @Test
    void aResolvedTicketIsDueForClosingWhenItsWindowEndsAndOnlyOnce() {
        FollowUps resolved = FollowUps.NONE.resolved(T0, RULES);
        assertThat(resolved.nextDue()).contains(T0.plus(Duration.ofDays(7)));

        assertThat(resolved.fireDue(T0.plus(Duration.ofDays(7)).minusNanos(1), RULES, 5).queued()).isEmpty();
        FollowUps.Fired fired = resolved.fireDue(T0.plus(Duration.ofDays(8)), RULES, 5);

        assertThat(fired.queued()).containsExactly(
                new FollowUp(5, FollowUpKind.AUTO_CLOSE, T0.plus(Duration.ofDays(7)), T0, 0));
        assertThat(fired.followUps().nextDue()).isEmpty();
        assertThat(fired.followUps().queued()).isEqualTo(1);
        assertThat(fired.followUps().fireDue(T0.plus(Duration.ofDays(9)), RULES, 6).queued()).isEmpty();
    }

    @Test
    void aPendingTicketIsRemindedEveryIntervalUpToTheLimitAtTheirOwnInstants() {
        FollowUps pended = FollowUps.NONE.pended(T0, RULES);

        FollowUps.Fired caughtUp = pended.fireDue(T0.plus(Duration.ofDays(30)), RULES, 1);

        assertThat(caughtUp.queued()).containsExactly(
                new FollowUp(1, FollowUpKind.PENDING_REMINDER, T0.plus(Duration.ofDays(2)), T0, 1),
                new FollowUp(2, FollowUpKind.PENDING_REMINDER, T0.plus(Duration.ofDays(4)), T0, 2),
                new FollowUp(3, FollowUpKind.PENDING_REMINDER, T0.plus(Duration.ofDays(6)), T0, 3));
        assertThat(caughtUp.followUps().nextDue()).as("three at most").isEmpty();
    }

    @Test
    void reopeningOrResumingDropsWhatWasPendingButKeepsTheCount() {
        FollowUps.Fired reminded = FollowUps.NONE.pended(T0, RULES).fireDue(T0.plus(Duration.ofDays(2)), RULES, 1);

        FollowUps resumed = reminded.followUps().ended();

        assertThat(resumed.nextDue()).isEmpty();
        assertThat(resumed.queued()).isEqualTo(1);
        assertThat(resumed.fireDue(T0.plus(Duration.ofDays(10)), RULES, 2).queued()).isEmpty();
    }

    @Test
    void followUpsSwitchedOffNeverFallDue() {
        FollowUpRules off = new FollowUpRules(null, null, 0);

        assertThat(FollowUps.NONE.resolved(T0, off).nextDue()).isEmpty();
        assertThat(FollowUps.NONE.pended(T0, off).nextDue()).isEmpty();
    }
}
