package dev.helpdesk.escalation.clocks;

/** The time-based rules for a ticket's state, besides its SLA targets (DESIGN.md section 2). */
public enum FollowUpKind {
    /** A resolved ticket's reopen window is over: it is to be closed. */
    AUTO_CLOSE,
    /** A ticket has been pending on someone else for a while: remind them. */
    PENDING_REMINDER
}
