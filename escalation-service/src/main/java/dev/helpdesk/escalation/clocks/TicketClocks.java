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

    public TicketClocks(TicketClockStore store, PolicyLookup policies, EscalationRules escalations,
            FollowUpRules followUps) {
        this.store = store;
        this.policies = policies;
        this.escalations = escalations;
        this.followUps = followUps;
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
        if (event.transition() instanceof Opened && store.insert(TicketClock.opened(event, policies))) {
            return ApplyOutcome.APPLIED;
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<TicketClockStore.Stored> current = store.find(event.ticketId());
            if (current.isEmpty()) {
                if (!(event.transition() instanceof Opened)) {
                    return ApplyOutcome.UNKNOWN_TICKET;
                }
                if (store.insert(TicketClock.opened(event, policies))) {
                    return ApplyOutcome.APPLIED;
                }
                continue; // created meanwhile by another writer: decide again on what it wrote
            }
            TicketClockStore.Stored stored = current.get();
            if (stored.clock().hasApplied(event.sequence())) {
                return ApplyOutcome.DUPLICATE;
            }
            RecordedThresholds.Recording next = RecordedThresholds.between(stored.clock(),
                    stored.clock().applied(event, policies, followUps), escalations);
            if (store.replace(next.clock(), stored.version(), next.queued())) {
                return ApplyOutcome.APPLIED;
            }
        }
        throw new IllegalStateException("The SLA clock of ticket " + event.ticketId() + " kept changing while event "
                + event.sequence() + " was applied; it will be retried");
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
            // follow-ups number on after the thresholds this write records
            FollowUps.Fired followedUp = next.clock().followUps().fireDue(now, followUps,
                    RecordedThresholds.queuedBefore(before) + next.queued().size() + 1);
            TicketClock written = next.clock().withFollowUps(followedUp.followUps());
            if (written == before) {
                return List.of();
            }
            List<QueuedSlaEvent> queued = new ArrayList<>(next.queued());
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
