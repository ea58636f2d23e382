package dev.helpdesk.escalation.clocks;

import dev.helpdesk.escalation.clock.ClockChange;
import dev.helpdesk.escalation.clock.ClockOutcome;
import dev.helpdesk.escalation.clocks.TicketTransition.Opened;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies ticket events and fires timers on the stored clocks. Safe to call again with the same
 * event (it is a duplicate then) or for the same due instant (nothing is due any more), and safe
 * beside other writers of the same clock, such as a timer of another instance: each write names
 * the version it read, and a writer that lost the race reads again and re-decides.
 */
public final class TicketClocks {

    /** Rounds against other writers of one clock; far more than real contention. */
    private static final int ATTEMPTS = 20;

    private final TicketClockStore store;
    private final PolicyLookup policies;
    private final EscalationRules escalations;
    private final FollowUpRules followUps;
    private final RequesterDirectory requesters;

    public TicketClocks(TicketClockStore store, PolicyLookup policies, EscalationRules escalations,
            FollowUpRules followUps, RequesterDirectory requesters) {
        this.store = store;
        this.policies = policies;
        this.escalations = escalations;
        this.followUps = followUps;
        this.requesters = requesters;
    }

    /** Clocks that know no requester's VIP flag or tier. */
    public TicketClocks(TicketClockStore store, PolicyLookup policies, EscalationRules escalations,
            FollowUpRules followUps) {
        this(store, policies, escalations, followUps, RequesterDirectory.NONE);
    }

    /** Clocks whose breaches escalate nothing, without follow-ups. */
    public TicketClocks(TicketClockStore store, PolicyLookup policies) {
        this(store, policies, EscalationRules.NONE, FollowUpRules.NONE);
    }

    /** Clocks without follow-ups. */
    public TicketClocks(TicketClockStore store, PolicyLookup policies, EscalationRules escalations) {
        this(store, policies, escalations, FollowUpRules.NONE);
    }

    public ApplyOutcome apply(TicketEvent event) {
        // An opening almost always finds no clock: insert straight away, and read only if one exists
        // (a redelivered opening, or another writer's), one store round trip fewer per new ticket.
        TicketClock opened = event.transition() instanceof Opened opening
                ? TicketClock.opened(event, policies, profileOf(opening.details().requesterId())) : null;
        if (opened != null && store.insert(opened)) {
            catchUpOnRequester(opened);
            return ApplyOutcome.APPLIED;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<TicketClockStore.Stored> current = store.find(event.ticketId());
            if (current.isEmpty()) {
                if (opened == null) {
                    return ApplyOutcome.UNKNOWN_TICKET;
                }
                if (store.insert(opened)) {
                    catchUpOnRequester(opened);
                    return ApplyOutcome.APPLIED;
                }
                continue; // created meanwhile by another writer: decide again on what it wrote
            }
            TicketClockStore.Stored stored = current.get();
            if (stored.clock().hasApplied(event.sequence())) {
                return ApplyOutcome.DUPLICATE;
            }
            // an escalation that fell due before the event is requested first, as the timer would have
            TicketClock.Requested early = stored.clock().requestDueEscalations(event.at(),
                    RecordedThresholds.queuedBefore(stored.clock()) + 1);
            RecordedThresholds.Recording next = RecordedThresholds.between(early.clock(),
                    early.clock().applied(event, policies, followUps), escalations);
            // a first response or resolution stops its target: queued after what the transition recorded
            List<TargetStopped> stops = TargetStops.between(early.clock(), next.clock(),
                    RecordedThresholds.queuedBefore(next.clock()) + 1);
            List<QueuedSlaEvent> queued = new ArrayList<>(early.requests());
            queued.addAll(next.queued());
            queued.addAll(stops);
            if (store.replace(next.clock().withStopsQueued(stops.size()), stored.version(), queued)) {
                return ApplyOutcome.APPLIED;
            }
        }
        throw new IllegalStateException("The SLA clock of ticket " + event.ticketId() + " kept changing while event "
                + event.sequence() + " was applied; it will be retried");
    }

    /**
     * A customer event applied between reading the requester's profile and inserting the clock
     * scanned the requester's clocks before this one existed: look again now that it does, so the
     * clock ends up under the newest profile whichever side ran first (D34).
     */
    private void catchUpOnRequester(TicketClock opened) {
        Optional<RequesterProfile> now = profileOf(opened.details().requesterId());
        if (now.isPresent() && opened.details().differsFrom(now.get())) {
            requesterChanged(opened.ticketId(), now.get(), now.get().changedAt());
        }
    }

    private Optional<RequesterProfile> profileOf(String requesterId) {
        return requesterId == null ? Optional.empty() : requesters.find(requesterId);
    }

    /**
     * The timer of one ticket: records every threshold of its clock due by {@code now}, in order,
     * at the instants they were reached, and stores the clock with its next due instant. A write
     * that loses to another writer (a ticket event, a second timer) reads again and re-decides;
     * recording is idempotent, so what the other writer recorded is not recorded again.
     *
     * @return what this call recorded: empty if nothing was due, or another writer recorded it first
     */
    public List<ClockOutcome> fireDue(String ticketId, Instant now) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<TicketClockStore.Stored> current = store.find(ticketId);
            if (current.isEmpty()) {
                return List.of();
            }
            TicketClockStore.Stored stored = current.get();
            TicketClock before = stored.clock();
            ClockChange change = before.clock() == null ? null : before.clock().fireDue(now);
            TicketClock fired = change == null || !change.changed() ? before : before.withClock(change.clock());
            RecordedThresholds.Recording next = RecordedThresholds.between(before, fired, escalations);
            // delayed escalations, then follow-ups, number on after the thresholds this write records
            long sequence = RecordedThresholds.queuedBefore(before) + next.queued().size() + 1;
            TicketClock.Requested requested = next.clock().requestDueEscalations(now, sequence);
            sequence += requested.requests().size();
            FollowUps.Fired followedUp = requested.clock().followUps().fireDue(now, followUps, sequence);
            TicketClock written = requested.clock().withFollowUps(followedUp.followUps());
            if (written == before) {
                return List.of();
            }
            List<QueuedSlaEvent> queued = new ArrayList<>(next.queued());
            queued.addAll(requested.requests());
            queued.addAll(followedUp.queued());
            if (store.replace(written, stored.version(), queued)) {
                return change == null ? List.of() : change.outcomes();
            }
        }
        throw new IllegalStateException("The SLA clock of ticket " + ticketId + " kept changing while its timers"
                + " fired; the next pass tries again");
    }

    /**
     * Puts the ticket's clock under the policy that {@code policies} say applies now
     * ({@link TicketClock#rematchedAt}), recording and queueing what the retarget makes reached.
     *
     * @return whether the clock changed
     */
    public boolean recompute(String ticketId, Instant at, PolicyLookup policies) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<TicketClockStore.Stored> current = store.find(ticketId);
            if (current.isEmpty()) {
                return false;
            }
            TicketClockStore.Stored stored = current.get();
            TicketClock rematched = stored.clock().rematchedAt(at, policies);
            if (rematched == stored.clock()) {
                return false;
            }
            RecordedThresholds.Recording next = RecordedThresholds.between(stored.clock(), rematched, escalations);
            if (store.replace(next.clock(), stored.version(), next.queued())) {
                return true;
            }
        }
        throw new IllegalStateException("The SLA clock of ticket " + ticketId + " kept changing while it was"
                + " recomputed; the next pass tries again");
    }

    /**
     * Puts the ticket's clock under what its requester's {@code profile} (a customer event, D34)
     * makes apply from {@code at} on ({@link TicketClock#withRequester}), recording and queueing what
     * the retarget makes reached.
     *
     * @return whether the clock changed
     */
    public boolean requesterChanged(String ticketId, RequesterProfile profile, Instant at) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<TicketClockStore.Stored> current = store.find(ticketId);
            if (current.isEmpty()) {
                return false;
            }
            TicketClockStore.Stored stored = current.get();
            TicketClock changed = stored.clock().withRequester(profile, at, policies);
            if (changed == stored.clock()) {
                return false;
            }
            RecordedThresholds.Recording next = RecordedThresholds.between(stored.clock(), changed, escalations);
            if (store.replace(next.clock(), stored.version(), next.queued())) {
                return true;
            }
        }
        throw new IllegalStateException("The SLA clock of ticket " + ticketId + " kept changing while its requester's"
                + " profile was applied; it will be retried");
    }

    /** The tickets of {@code requesterId} whose clock still counts, after {@code afterTicketId}, in id order. */
    public List<String> openClocksOf(String requesterId, String afterTicketId, int limit) {
        return store.openOf(requesterId, afterTicketId, limit);
    }

    /** The tickets whose clock still counts (not closed or cancelled), after {@code afterTicketId}, in id order. */
    public List<String> openClocksAfter(String afterTicketId, int limit) {
        return store.openAfter(afterTicketId, limit);
    }

    /** The tickets with a threshold due by {@code now}, longest overdue first, at most {@code limit}. */
    public List<String> dueBy(Instant now, int limit) {
        return store.dueBy(now, limit);
    }

    /** The escalated tickets still being worked, longest escalated first. */
    public TicketClockStore.Escalated activeEscalations(int page, int size) {
        return store.activeEscalations(page, size);
    }

    public Optional<TicketClock> find(String ticketId) {
        return store.find(ticketId).map(TicketClockStore.Stored::clock);
    }
}
