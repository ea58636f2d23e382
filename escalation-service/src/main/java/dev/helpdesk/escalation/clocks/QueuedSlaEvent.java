package dev.helpdesk.escalation.clocks;

/**
 * An SLA event that a clock write queued for publishing: a warning or breach
 * ({@link RecordedThreshold}), the request to escalate a breach ({@link EscalationRequest}), or a
 * follow-up of the ticket's state ({@link FollowUp}). Numbered in one stream per ticket, from 1, in
 * the order they were queued.
 */
public sealed interface QueuedSlaEvent permits RecordedThreshold, EscalationRequest, FollowUp {

    /** Its position among the ticket's SLA events; never changes, so a resend carries the same one. */
    long sequence();
}
