package dev.helpdesk.escalation.clocks;

import java.time.Duration;

/**
 * When follow-ups fall due: a resolved ticket is closed {@code autoCloseAfter} its resolution (the
 * ticket service's reopen window); a pending ticket is reminded of every {@code remindEvery}, at
 * most {@code maxReminders} times. A null duration switches that follow-up off.
 */
public record FollowUpRules(Duration autoCloseAfter, Duration remindEvery, int maxReminders) {

    /** No follow-ups at all. */
    public static final FollowUpRules NONE = new FollowUpRules(null, null, 0);

    public FollowUpRules {
        if (autoCloseAfter != null && (autoCloseAfter.isNegative() || autoCloseAfter.isZero())) {
            throw new IllegalArgumentException("helpdesk.sla.auto-close-after must be positive, not " + autoCloseAfter);
        }
        if (remindEvery != null && (remindEvery.isNegative() || remindEvery.isZero())) {
            throw new IllegalArgumentException("helpdesk.sla.pending-reminder-every must be positive, not "
                    + remindEvery);
        }
        if (maxReminders < 0) {
            throw new IllegalArgumentException("helpdesk.sla.pending-reminders must not be negative: " + maxReminders);
        }
    }
}
