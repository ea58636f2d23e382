package dev.helpdesk.escalation.clocks;

/**
 * An SLA event that a clock write queued for publishing: a warning or breach, the escalation that
 * follows a breach ({@link RecordedThreshold}), or a follow-up of the ticket's state
 * ({@link FollowUp}). Numbered in one stream per ticket, from 1, in the order they were queued.
 */
public sealed interface QueuedSlaEvent permits RecordedThreshold, FollowUp {

    /** Its position among the ticket's SLA events; never changes, so a resend carries the same one. */
    long sequence();
}
