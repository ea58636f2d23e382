package dev.helpdesk.escalation.clocks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a ticket's state has pending besides its SLA targets: the auto-close of a resolved ticket
 * and the reminders of a pending one, with their due instants worked out when the state began
 * (with the rules then), and how many follow-ups were queued so far (they number on in the
 * ticket's SLA events). Every transition that ends a state drops what was pending for it, so a
 * reopened ticket is never closed and a resumed one never reminded.
 *
 * @param resolvedAt     when the ticket was last resolved, while it is resolved
 * @param autoCloseAt    when it is to be closed, until that is queued
 * @param pendingSince   when the ticket was last pended, while it is pending
 * @param nextReminderAt when the next reminder falls due, while one will
 * @param reminders      reminders queued in this pending stretch
 * @param queued         follow-ups queued in the ticket's life
 */
public record FollowUps(Instant resolvedAt, Instant autoCloseAt, Instant pendingSince, Instant nextReminderAt,
        int reminders, long queued) {

    public static final FollowUps NONE = new FollowUps(null, null, null, null, 0, 0);

    /** What a write fired: the follow-ups after it, and the queued events, numbered on. */
    public record Fired(FollowUps followUps, List<FollowUp> queued) {
    }

    FollowUps resolved(Instant at, FollowUpRules rules) {
        return new FollowUps(at, rules.autoCloseAfter() == null ? null : at.plus(rules.autoCloseAfter()), null, null, 0,
                queued);
    }

    FollowUps pended(Instant at, FollowUpRules rules) {
        return new FollowUps(null, null, at, rules.remindEvery() == null || rules.maxReminders() == 0 ? null
                : at.plus(rules.remindEvery()), 0, queued);
    }

    /** Reopened, resumed, closed or cancelled: whatever was pending is over. */
    FollowUps ended() {
        return new FollowUps(null, null, null, null, 0, queued);
    }

    public Optional<Instant> nextDue() {
        return Stream.of(autoCloseAt, nextReminderAt).filter(due -> due != null).min(Comparator.naturalOrder());
    }

    /** Every follow-up due by {@code now}, in order of their instants, numbered from {@code firstSequence}. */
    Fired fireDue(Instant now, FollowUpRules rules, long firstSequence) {
        List<FollowUp> due = new ArrayList<>();
        Instant closeAt = autoCloseAt;
        if (closeAt != null && !now.isBefore(closeAt)) {
            due.add(new FollowUp(1, FollowUpKind.AUTO_CLOSE, closeAt, resolvedAt, 0));
            closeAt = null;
        }
        Instant remindAt = nextReminderAt;
        int sent = reminders;
        while (remindAt != null && !now.isBefore(remindAt)) {
            sent++;
            due.add(new FollowUp(1, FollowUpKind.PENDING_REMINDER, remindAt, pendingSince, sent));
            remindAt = sent < rules.maxReminders() && rules.remindEvery() != null ? remindAt.plus(rules.remindEvery())
                    : null;
        }
        due.sort(Comparator.comparing(FollowUp::at));
        List<FollowUp> numbered = new ArrayList<>();
        for (FollowUp followUp : due) {
            numbered.add(new FollowUp(firstSequence + numbered.size(), followUp.kind(), followUp.at(), followUp.since(),
                    followUp.reminder()));
        }
        return new Fired(new FollowUps(resolvedAt, closeAt, pendingSince, remindAt, sent, queued + numbered.size()),
                numbered);
    }
}
