package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.calendar.BusinessCalendar;
import dev.helpdesk.escalation.clock.ClockChange;
import dev.helpdesk.escalation.clock.SlaClock;
import dev.helpdesk.escalation.clock.TargetKind;
import dev.helpdesk.escalation.clocks.TicketTransition.Cancelled;
import dev.helpdesk.escalation.clocks.TicketTransition.CategoryChanged;
import dev.helpdesk.escalation.clocks.TicketTransition.Closed;
import dev.helpdesk.escalation.clocks.TicketTransition.FirstResponded;
import dev.helpdesk.escalation.clocks.TicketTransition.Opened;
import dev.helpdesk.escalation.clocks.TicketTransition.Paused;
import dev.helpdesk.escalation.clocks.TicketTransition.PriorityChanged;
import dev.helpdesk.escalation.clocks.TicketTransition.Reopened;
import dev.helpdesk.escalation.clocks.TicketTransition.Resolved;
import dev.helpdesk.escalation.clocks.TicketTransition.Resumed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The SLA clock of one ticket together with what chose it: the ticket's details, the policy in
 * force and its calendar, and the sequence of the last ticket event applied.
 *
 * <p>Rules:
 * <ul>
 * <li>An event at or below {@link #lastSequence} was applied before ({@link #hasApplied}); the
 *     caller skips it, so a redelivered record never changes the clock twice.</li>
 * <li>Every transition takes the event's instant ({@link SlaClock}'s rules).</li>
 * <li>A priority or category change asks the policies again; only when another policy applies is
 *     the clock retargeted, to that policy's targets and calendar as they are now. If the same
 *     policy still applies, nothing changes: an edited policy or calendar is taken over on purpose
 *     ({@link #rematchedAt}, decisions D32), never by the side effect of an unrelated edit.</li>
 * <li>If no policy matches the changed details, the clock keeps the policy it has: an SLA does
 *     not vanish because a field changed to a value no policy names.</li>
 * <li>A ticket that no policy matched when it was opened has no clock ({@code clock} null); once a
 *     change makes a policy match, its clock starts at that change.</li>
 * </ul>
 *
 * @param policyId the policy in force, null while none applies
 * @param calendarId the id of the policy's calendar when the clock was (re)targeted; the calendar
 *     itself is in the clock
 * @param clock null while no policy applies
 * @param escalations the breached targets escalated, in order (D30)
 * @param followUps the auto-close and reminders the ticket's state has pending (D33)
 */
public record TicketClock(String ticketId, long lastSequence, TicketDetails details, Instant openedAt,
        String policyId, String calendarId, SlaClock clock, List<Escalation> escalations, FollowUps followUps) {

    public TicketClock {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(openedAt, "openedAt");
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        followUps = followUps == null ? FollowUps.NONE : followUps;
    }

    /** A clock with nothing pending besides its targets. */
    public TicketClock(String ticketId, long lastSequence, TicketDetails details, Instant openedAt, String policyId,
            String calendarId, SlaClock clock, List<Escalation> escalations) {
        this(ticketId, lastSequence, details, openedAt, policyId, calendarId, clock, escalations, FollowUps.NONE);
    }

    /** A clock that has escalated nothing yet. */
    public TicketClock(String ticketId, long lastSequence, TicketDetails details, Instant openedAt, String policyId,
            String calendarId, SlaClock clock) {
        this(ticketId, lastSequence, details, openedAt, policyId, calendarId, clock, List.of(), FollowUps.NONE);
    }

    /** Whether a breach of this target was escalated already: each target is escalated once. */
    public boolean hasEscalated(TargetKind target) {
        return escalations.stream().anyMatch(escalation -> escalation.target() == target);
    }

    /**
     * Whether the ticket has an escalation and is still being worked: not resolved, closed or
     * cancelled (a reopened ticket is worked again).
     */
    public boolean hasActiveEscalation() {
        return !escalations.isEmpty() && clock != null && !clock.state().finished()
                && !clock.state().resolution().stopped();
    }

    TicketClock withEscalation(Escalation escalation) {
        List<Escalation> more = new ArrayList<>(escalations);
        more.add(escalation);
        return new TicketClock(ticketId, lastSequence, details, openedAt, policyId, calendarId, clock, more,
                followUps);
    }

    /** The clock of a ticket that has just been opened. */
    public static TicketClock opened(TicketEvent event, PolicyLookup policies) {
        if (!(event.transition() instanceof Opened opened)) {
            throw new IllegalArgumentException("a clock starts with the ticket's opened event, not " + event);
        }
        Optional<PolicyInForce> policy = policies.policyFor(opened.details().facts());
        return new TicketClock(event.ticketId(), event.sequence(), opened.details(), event.at(),
                policy.map(PolicyInForce::policyId).orElse(null), policy.map(PolicyInForce::calendarId).orElse(null),
                policy.map(found -> SlaClock.started(event.at(), found.targets(), found.calendar())).orElse(null));
    }

    public boolean hasApplied(long sequence) {
        return sequence <= lastSequence;
    }

    /** This clock after {@code event}, which must be newer than {@link #lastSequence}; no follow-ups. */
    public TicketClock applied(TicketEvent event, PolicyLookup policies) {
        return applied(event, policies, FollowUpRules.NONE);
    }

    /**
     * This clock after {@code event}, which must be newer than {@link #lastSequence}: its SLA clock
     * moved on, and its follow-ups started or ended by the transition under {@code rules}.
     */
    public TicketClock applied(TicketEvent event, PolicyLookup policies, FollowUpRules rules) {
        TicketClock applied = appliedToTargets(event, policies);
        TicketTransition transition = event.transition();
        FollowUps next = followUps;
        if (transition instanceof Resolved) {
            next = followUps.resolved(event.at(), rules);
        } else if (transition instanceof Paused) {
            next = followUps.pended(event.at(), rules);
        } else if (transition instanceof Reopened || transition instanceof Resumed || transition instanceof Closed
                || transition instanceof Cancelled) {
            next = followUps.ended();
        }
        return applied.withFollowUps(next);
    }

    private TicketClock appliedToTargets(TicketEvent event, PolicyLookup policies) {
        if (!event.ticketId().equals(ticketId)) {
            throw new IllegalArgumentException("event of ticket " + event.ticketId() + " applied to " + ticketId);
        }
        if (hasApplied(event.sequence())) {
            throw new IllegalArgumentException("event " + event.sequence() + " of ticket " + ticketId
                    + " was applied before (last " + lastSequence + ")");
        }
        Instant at = event.at();
        TicketTransition transition = event.transition();
        if (transition instanceof PriorityChanged changed) {
            return rematched(event, details.withPriority(changed.priority()), policies);
        }
        if (transition instanceof CategoryChanged changed) {
            return rematched(event, details.withCategory(changed.category()), policies);
        }
        if (clock == null || transition instanceof Opened) {
            // No policy applies, or a second opened event, which cannot happen: only the sequence moves.
            return withClock(event, clock);
        }
        ClockChange change;
        if (transition instanceof FirstResponded) {
            change = clock.firstResponded(at);
        } else if (transition instanceof Paused) {
            change = clock.paused(at);
        } else if (transition instanceof Resumed) {
            change = clock.resumed(at);
        } else if (transition instanceof Resolved) {
            change = clock.resolved(at);
        } else if (transition instanceof Reopened) {
            change = clock.reopened(at);
        } else if (transition instanceof Closed) {
            change = clock.closed(at);
        } else if (transition instanceof Cancelled) {
            change = clock.cancelled(at);
        } else {
            throw new IllegalStateException("unhandled transition " + transition);
        }
        return withClock(event, change.clock());
    }

    /**
     * This clock under the policy that applies to its ticket now, from {@code at} on: after a policy
     * or calendar was created or edited (decisions D32). The elapsed time is kept and the due
     * instants follow the policy's targets and calendar as they are now (a retarget, D25). Unchanged
     * if the same policy still applies as it was, if none applies (an SLA does not vanish), if the
     * clock is finished, or if the ticket never had a clock (a closed ticket must not start one).
     */
    public TicketClock rematchedAt(Instant at, PolicyLookup policies) {
        if (clock == null || clock.state().finished()) {
            return this;
        }
        Optional<PolicyInForce> found = policies.policyFor(details.facts());
        if (found.isEmpty()) {
            return this;
        }
        PolicyInForce policy = found.get();
        SlaClock next = clock.retargeted(at, policy.targets(), policy.calendar()).clock();
        if (next == clock && policy.policyId().equals(policyId) && policy.calendarId().equals(calendarId)) {
            return this;
        }
        return new TicketClock(ticketId, lastSequence, details, openedAt, policy.policyId(), policy.calendarId(), next,
                escalations, followUps);
    }

    /** When the next threshold or follow-up falls due; empty while nothing is pending. */
    public Optional<Instant> nextDue() {
        Optional<Instant> threshold = clock == null ? Optional.empty() : clock.nextDue();
        Optional<Instant> followUp = followUps.nextDue();
        if (threshold.isEmpty() || followUp.isEmpty()) {
            return threshold.isPresent() ? threshold : followUp;
        }
        return Optional.of(threshold.get().isBefore(followUp.get()) ? threshold.get() : followUp.get());
    }

    TicketClock withFollowUps(FollowUps next) {
        return next.equals(followUps) ? this
                : new TicketClock(ticketId, lastSequence, details, openedAt, policyId, calendarId, clock, escalations,
                        next);
    }

    /** The same ticket with its SLA clock moved on by a timer: no event applied, so the sequence stays. */
    TicketClock withClock(SlaClock next) {
        return new TicketClock(ticketId, lastSequence, details, openedAt, policyId, calendarId, next, escalations,
                followUps);
    }

    public Optional<BusinessCalendar> calendar() {
        return Optional.ofNullable(clock).map(SlaClock::calendar);
    }

    private TicketClock withClock(TicketEvent event, SlaClock next) {
        return new TicketClock(ticketId, event.sequence(), details, openedAt, policyId, calendarId, next,
                escalations, followUps);
    }

    private TicketClock rematched(TicketEvent event, TicketDetails changed, PolicyLookup policies) {
        Optional<PolicyInForce> found = policies.policyFor(changed.facts());
        if (found.isEmpty() || found.get().policyId().equals(policyId)) {
            return new TicketClock(ticketId, event.sequence(), changed, openedAt, policyId, calendarId, clock,
                    escalations, followUps);
        }
        PolicyInForce policy = found.get();
        SlaClock next = clock == null
                ? SlaClock.started(event.at(), policy.targets(), policy.calendar())
                : clock.retargeted(event.at(), policy.targets(), policy.calendar()).clock();
        return new TicketClock(ticketId, event.sequence(), changed, openedAt, policy.policyId(), policy.calendarId(),
                next, escalations, followUps);
    }
}
