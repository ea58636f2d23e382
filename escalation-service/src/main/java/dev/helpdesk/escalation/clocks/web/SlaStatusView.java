package dev.helpdesk.escalation.clocks.web;

import dev.helpdesk.escalation.clock.ReachedThreshold;
import dev.helpdesk.escalation.clock.SlaClock;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clock.TargetStatus;
import dev.helpdesk.escalation.clocks.TicketClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A ticket's SLA status (DESIGN.md section 5): {@code ticketId, policyId, firstResponse,
 * resolution}, each target as {@code target, dueAt, elapsed, remaining, paused, met, breached,
 * warnings}, plus fields of our own. Durations are ISO-8601 ({@code remaining} of an overdue
 * target is negative, {@code -PT1H30M}); instants are ISO-8601 UTC. A ticket that no policy
 * applies to has {@code policyId}, {@code firstResponse} and {@code resolution} null.
 *
 * @param asOf the instant the status was computed for (thresholds due by then count as reached)
 * @param lastSequence the sequence of the last ticket event applied
 * @param finished closed or cancelled: the clock no longer changes
 */
record SlaStatusView(String ticketId, String policyId, String calendarId, String priority, TargetView firstResponse,
        TargetView resolution, boolean paused, boolean finished, Instant nextDue, long lastSequence, Instant asOf) {

    /**
     * @param dueAt null while paused or stopped
     * @param stopped met, missed, or ended by closing or cancelling: no longer counting
     * @param met true kept, false missed, null not decided yet
     * @param breachedAt when the breach was reached, null if it was not
     * @param warnings the warnings reached, in order
     */
    record TargetView(String target, Instant dueAt, String elapsed, String remaining, boolean paused, boolean stopped,
            Boolean met, boolean breached, Instant breachedAt, List<WarningView> warnings) {

        static TargetView of(TargetStatus status) {
            return new TargetView(iso(status.target()), status.dueAt(), iso(status.elapsed()), iso(status.remaining()),
                    status.paused(), status.stopped(), status.met(), status.breached(), status.breachedAt(),
                    status.warnings().stream().map(WarningView::of).toList());
        }
    }

    /** @param threshold the share of the target, e.g. 0.75 */
    record WarningView(BigDecimal threshold, Instant at) {

        static WarningView of(ReachedThreshold reached) {
            return new WarningView(reached.threshold().fraction(), reached.at());
        }
    }

    static SlaStatusView of(TicketClock ticket, Instant now) {
        SlaClock clock = ticket.clock();
        String priority = ticket.details().priority() == null ? null : ticket.details().priority().name();
        return new SlaStatusView(ticket.ticketId(), ticket.policyId(), ticket.calendarId(), priority,
                clock == null ? null : TargetView.of(clock.status(TargetKind.FIRST_RESPONSE, now)),
                clock == null ? null : TargetView.of(clock.status(TargetKind.RESOLUTION, now)),
                clock != null && clock.isPaused(), clock != null && clock.isFinished(),
                clock == null ? null : clock.nextDue().orElse(null), ticket.lastSequence(), now);
    }

    /** ISO-8601, a negative amount with a leading sign ({@code -PT1H30M}, not Java's {@code PT-1H-30M}). */
    static String iso(Duration duration) {
        return duration.isNegative() ? "-" + duration.negated() : duration.toString();
    }
}
