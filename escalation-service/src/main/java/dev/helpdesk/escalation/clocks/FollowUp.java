package dev.helpdesk.escalation.clocks;

import java.time.Instant;
import java.util.Objects;

/**
 * A follow-up that fell due, queued for publishing: the auto-close of a resolved ticket, or the
 * {@code reminder}-th reminder of a pending one (decisions D33).
 *
 * @param at       when it fell due (the CloudEvent's time)
 * @param since    when the state it follows began: the resolution, or the start of the pending
 * @param reminder which reminder, from 1; 0 for an auto-close
 */
public record FollowUp(long sequence, FollowUpKind kind, Instant at, Instant since, int reminder)
        implements QueuedSlaEvent {

    public FollowUp {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(since, "since");
        if (sequence < 1) {
            throw new IllegalArgumentException("a queued SLA event's sequence starts at 1: " + sequence);
        }
    }
}
