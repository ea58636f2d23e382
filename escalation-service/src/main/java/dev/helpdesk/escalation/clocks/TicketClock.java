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
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

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
 * @param escalations the breached targets escalated or waiting for their delay, in order (D30)
 * @param followUps the auto-close and reminders the ticket's state has pending (D33)
 * @param stopsQueued the targets' stops queued in the ticket's life ({@link TargetStopped}, D97); they
 *     number on in the ticket's SLA events
 */
public record TicketClock(String ticketId, long lastSequence, TicketDetails details, Instant openedAt,
        String policyId, String calendarId, SlaClock clock, List<Escalation> escalations, FollowUps followUps,
        long stopsQueued) {

    public TicketClock {
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(openedAt, "openedAt");
        escalations = escalations == null ? List.of() : List.copyOf(escalations);
        followUps = followUps == null ? FollowUps.NONE : followUps;
    }

    /** A clock that has queued no target's stop. */
    public TicketClock(String ticketId, long lastSequence, TicketDetails details, Instant openedAt, String policyId,
            String calendarId, SlaClock clock, List<Escalation> escalations, FollowUps followUps) {
        this(ticketId, lastSequence, details, openedAt, policyId, calendarId, clock, escalations, followUps, 0);
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
     * Whether the ticket has a requested escalation and is still being worked: not resolved, closed
     * or cancelled (a reopened ticket is worked again). One waiting for its delay is not active yet.
     */
    public boolean hasActiveEscalation() {
        return escalations.stream().anyMatch(Escalation::requested) && clock != null && !clock.state().finished()
                && !clock.state().resolution().stopped();
    }

    /** When the ticket was first escalated: its first requested escalation's request; empty if none was. */
    public Optional<Instant> escalatedAt() {
        return escalations.stream().filter(Escalation::requested).map(Escalation::requestAt).findFirst();
    }

    /** What requesting the due escalations did: the clock after it, and the requests, numbered on. */
    record Requested(TicketClock clock, List<EscalationRequest> requests) {
    }

    /**
     * Requests each waiting escalation due by {@code now}, in order of their due instants, numbered
     * from {@code firstSequence}. One whose target stopped meanwhile (first response given,
     * resolved, closed or cancelled) is dropped instead: the breach was dealt with within the
     * delay, so there is nothing left to escalate.
     */
    Requested requestDueEscalations(Instant now, long firstSequence) {
        if (escalations.stream().noneMatch(escalation -> isDue(escalation, now))) {
            return new Requested(this, List.of());
        }
        List<Escalation> kept = new ArrayList<>();
        List<Escalation> due = new ArrayList<>();
        for (Escalation escalation : escalations) {
            if (!isDue(escalation, now)) {
                kept.add(escalation);
            } else if (!targetStopped(escalation.target())) {
                kept.add(escalation.asRequested());
                due.add(escalation);
            }
        }
        due.sort(Comparator.comparing(Escalation::requestAt));
        List<EscalationRequest> requests = new ArrayList<>();
        for (Escalation escalation : due) {
            requests.add(EscalationRequest.of(firstSequence + requests.size(), escalation));
        }
        return new Requested(new TicketClock(ticketId, lastSequence, details, openedAt, policyId, calendarId, clock,
                kept, followUps, stopsQueued), requests);
    }

    private static boolean isDue(Escalation escalation, Instant now) {
        return !escalation.requested() && !now.isBefore(escalation.requestAt());
    }

    private boolean targetStopped(TargetKind target) {
        return clock == null || clock.state().finished() || (target == TargetKind.FIRST_RESPONSE
                ? clock.state().firstResponse().stopped() : clock.state().resolution().stopped());
    }

    TicketClock withEscalation(Escalation escalation) {
        List<Escalation> more = new ArrayList<>(escalations);
        more.add(escalation);
        return new TicketClock(ticketId, lastSequence, details, openedAt, policyId, calendarId, clock, more,
                followUps, stopsQueued);
    }

    /** The clock of a ticket that has just been opened. */
    public static TicketClock opened(TicketEvent event, PolicyLookup policies) {
        return opened(event, policies, Optional.empty());
    }

    /** The clock of a ticket that has just been opened by a requester the customer events told of, if any. */
    public static TicketClock opened(TicketEvent event, PolicyLookup policies, Optional<RequesterProfile> requester) {
        if (!(event.transition() instanceof Opened opened)) {
            throw new IllegalArgumentException("a clock starts with the ticket's opened event, not " + event);
        }
        TicketDetails details = requester.map(opened.details()::withRequester).orElse(opened.details());
        Optional<PolicyInForce> policy = policies.policyFor(details.facts());
        return new TicketClock(event.ticketId(), event.sequence(), details, event.at(),
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
                escalations, followUps, stopsQueued);
    }

    /** When the next threshold, waiting escalation or follow-up falls due; empty while nothing is pending. */
    public Optional<Instant> nextDue() {
        Stream<Instant> thresholds = clock == null ? Stream.empty() : clock.nextDue().stream();
        Stream<Instant> waiting = escalations.stream().filter(escalation -> !escalation.requested())
                .map(Escalation::requestAt);
        return Stream.of(thresholds, waiting, followUps.nextDue().stream()).flatMap(due -> due)
                .min(Comparator.naturalOrder());
    }

    /** The same ticket with {@code more} stops queued; itself when none. */
    TicketClock withStopsQueued(int more) {
        return more == 0 ? this : new TicketClock(ticketId, lastSequence, details, openedAt, policyId, calendarId,
                clock, escalations, followUps, stopsQueued + more);
    }

    TicketClock withFollowUps(FollowUps next) {
        return next.equals(followUps) ? this
                : new TicketClock(ticketId, lastSequence, details, openedAt, policyId, calendarId, clock, escalations,
                        next, stopsQueued);
    }

    /** The same ticket with its SLA clock moved on by a timer: no event applied, so the sequence stays. */
    TicketClock withClock(SlaClock next) {
        return new TicketClock(ticketId, lastSequence, details, openedAt, policyId, calendarId, next, escalations,
                followUps, stopsQueued);
    }

    public Optional<BusinessCalendar> calendar() {
        return Optional.ofNullable(clock).map(SlaClock::calendar);
    }

    private TicketClock withClock(TicketEvent event, SlaClock next) {
        return new TicketClock(ticketId, event.sequence(), details, openedAt, policyId, calendarId, next,
                escalations, followUps, stopsQueued);
    }

    private TicketClock rematched(TicketEvent event, TicketDetails changed, PolicyLookup policies) {
        return rematched(event.sequence(), event.at(), changed, policies);
    }

    /**
     * The ticket's requester is now as {@code profile} tells (a customer event, D34): the clock asks
     * the policies again with the requester's VIP flag and tier, from {@code at} on, as for a
     * priority change. Unchanged if the details already hold the profile, the clock is finished, or
     * the ticket never had a clock (a closed ticket must not start one, as in {@link #rematchedAt}).
     * No ticket event was applied, so the sequence stays.
     */
    public TicketClock withRequester(RequesterProfile profile, Instant at, PolicyLookup policies) {
        if (!details.differsFrom(profile) || clock == null || clock.state().finished()) {
            return this;
        }
        return rematched(lastSequence, at, details.withRequester(profile), policies);
    }

    private TicketClock rematched(long sequence, Instant at, TicketDetails changed, PolicyLookup policies) {
        Optional<PolicyInForce> found = policies.policyFor(changed.facts());
        if (found.isEmpty() || found.get().policyId().equals(policyId)) {
            return new TicketClock(ticketId, sequence, changed, openedAt, policyId, calendarId, clock,
                    escalations, followUps, stopsQueued);
        }
        PolicyInForce policy = found.get();
        SlaClock next = clock == null
                ? SlaClock.started(at, policy.targets(), policy.calendar())
                : clock.retargeted(at, policy.targets(), policy.calendar()).clock();
        return new TicketClock(ticketId, sequence, changed, openedAt, policy.policyId(), policy.calendarId(),
                next, escalations, followUps, stopsQueued);
    }
}
