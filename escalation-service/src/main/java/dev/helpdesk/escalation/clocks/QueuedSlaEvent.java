package dev.helpdesk.escalation.clocks;

/**
 * An SLA event that a clock write queued for publishing: a warning or breach
 * ({@link RecordedThreshold}), the request to escalate a breach ({@link EscalationRequest}), a
 * follow-up of the ticket's state ({@link FollowUp}), or a target's stop with its time used
 * ({@link TargetStopped}). Numbered in one stream per ticket, from 1, in the order they were queued.
 */
public sealed interface QueuedSlaEvent permits RecordedThreshold, EscalationRequest, FollowUp,
        TargetStopped {

    /** Its position among the ticket's SLA events; never changes, so a resend carries the same one. */
    long sequence();
}
